import { useId, useState } from 'react';
import { getDb } from '@/lib/store';
import { updateMeeting, type MeetingChange } from '@/lib/store/history/meetings';
import { isEditConflict } from '@/lib/store/edit-conflict';
import { MeetingMode, MeetingStatus, type Meeting } from '@/lib/domain/model';
import { MEETING_LIMITS } from '@/lib/domain/model/limits';
import { MEETING_MODE_LABELS, MEETING_STATUS_LABELS } from '@/lib/domain/labels';
import { formatDateTime, fromDateTimeInput, toDateTimeInput } from '@/components/shared/labels';
import { t } from '@/lib/domain/i18n';
import { useQueuedAction } from '@/components/shared/use-action';
import { useEditState } from '@/components/shared/edit-state';
import { EditConflicts } from '@/components/shared/EditConflicts';
import { LimitNote } from '@/components/shared/LimitNote';

/**
 * When, how long, how and where; and whether it was held. Each field saves
 * as it changes, alone (a patch); fields the user has not touched follow the
 * stored meeting. The place is checked against what the form started from.
 */
export function MeetingDetailsForm({ meeting, onStatus }: { meeting: Meeting; onStatus(message: string): void }) {
  const id = useId();
  const live = { when: toDateTimeInput(meeting.at), minutes: String(meeting.minutes), place: meeting.place ?? '' };
  const { state, set, saved, rebase } = useEditState(live);
  const [theirPlace, setTheirPlace] = useState<string | null>(null);
  // Each field saves as it changes: queued, so a quick second change is not dropped.
  const saving = useQueuedAction(
    async (
      change: MeetingChange,
      expected?: Partial<Record<keyof MeetingChange, unknown>>,
      after?: () => void,
      heldEarly?: boolean,
    ) => {
      try {
        const stored = await updateMeeting(getDb(), meeting.id, change, Date.now(), expected, { heldEarly: heldEarly === true });
        // Only once stored: the form now starts from what it saved.
        after?.();
        return stored;
      } catch (error) {
        if (isEditConflict(error)) setTheirPlace(typeof error.conflicts[0]?.stored === 'string' ? error.conflicts[0].stored : '');
        throw error;
      }
    },
    { failure: 'commonNotSaved', onDone: () => onStatus(t('meetingSaved')), onError: onStatus },
  );
  const save = saving.run;
  const saveWhen = () => {
    const at = fromDateTimeInput(state.values.when);
    if (at === undefined || state.values.when === state.base.when) return;
    const when = state.values.when;
    void save({ at }, undefined, () => saved({ when }));
  };
  const saveMinutes = () => {
    const value = Number(state.values.minutes);
    if (state.values.minutes === state.base.minutes) return;
    if (Number.isInteger(value) && value >= 5 && value <= 600) {
      const minutes = state.values.minutes;
      void save({ minutes: value }, undefined, () => saved({ minutes }));
    } else {
      rebase('minutes', state.base.minutes, state.base.minutes);
      onStatus(t('scheduleLength'));
    }
  };
  const savePlace = (place = state.values.place.trim(), from = state.base.place) => {
    if (place === from) return;
    void save({ place }, { place: from }, () => (saved({ place }), setTheirPlace(null)));
  };
  // A meeting still to come is marked held only once the user confirms it took place early.
  const saveStatus = (status: MeetingStatus) => {
    const early = status === 'done' && meeting.at > Date.now();
    if (early && !window.confirm(t('meetingHeldEarlyConfirm', formatDateTime(meeting.at)))) return;
    void save({ status }, undefined, undefined, early);
  };
  return (
    <section aria-labelledby="meeting-details">
      <h2 id="meeting-details">{t('meetingDetailsTitle')}</h2>
      <div className="row">
        <label>
          <span className="label">{t('commonWhen')}</span>
          <input type="datetime-local" value={state.values.when} onChange={(e) => set('when', e.target.value)} onBlur={saveWhen} />
        </label>
        <label>
          <span className="label">{t('scheduleMinutes')}</span>
          <input
            type="number"
            min={5}
            max={600}
            value={state.values.minutes}
            onChange={(e) => set('minutes', e.target.value)}
            onBlur={saveMinutes}
            style={{ width: '5em' }}
          />
        </label>
        <label>
          <span className="label">{t('scheduleHow')}</span>
          <select value={meeting.mode} onChange={(e) => void save({ mode: e.target.value as MeetingMode })}>
            {MeetingMode.options.map((m) => (
              <option key={m} value={m}>
                {MEETING_MODE_LABELS[m]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="label">{t('meetingStatus')}</span>
          <select value={meeting.status} onChange={(e) => saveStatus(e.target.value as MeetingStatus)}>
            {MeetingStatus.options.map((s) => (
              <option key={s} value={s}>
                {MEETING_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        <span className="label">{t('meetingWhere')}</span>
        <input
          value={state.values.place}
          maxLength={MEETING_LIMITS.place}
          onChange={(e) => set('place', e.target.value)}
          onBlur={() => savePlace()}
          style={{ width: '100%' }}
        />
        <LimitNote id={`${id}-place-limit`} length={state.values.place.length} max={MEETING_LIMITS.place} />
      </label>
      <EditConflicts
        conflicts={
          theirPlace === null ? [] : [{ field: 'place', label: t('meetingWhere'), theirs: theirPlace, mine: state.values.place }]
        }
        onTheirs={() => (rebase('place', theirPlace ?? '', theirPlace ?? ''), setTheirPlace(null))}
        onMine={() => {
          const stored = theirPlace ?? '';
          rebase('place', stored, state.values.place);
          setTheirPlace(null);
          savePlace(state.values.place.trim(), stored);
        }}
      />
    </section>
  );
}
