import { useId, useState } from 'react';
import { getDb } from '@/lib/store';
import { updateMeeting } from '@/lib/store/history/meetings';
import { isEditConflict } from '@/lib/store/edit-conflict';
import type { Meeting } from '@/lib/domain/model';
import { MEETING_LIMITS } from '@/lib/domain/model/limits';
import { t } from '@/lib/domain/i18n';
import { useAction } from '@/components/shared/use-action';
import { mergeTexts, useEditState } from '@/components/shared/edit-state';
import { EditConflicts } from '@/components/shared/EditConflicts';
import { LimitNote, limitNoteId } from '@/components/shared/LimitNote';
import { NoteVersions } from '@/components/sidepanel/NoteVersions';

/**
 * Notes after the meeting (write them the same day); writing them marks the
 * meeting held. Saved as a patch checked against what the form started from:
 * notes written elsewhere meanwhile are shown, and both texts can be kept.
 */
export function MeetingNotes({ meeting, onStatus }: { meeting: Meeting; onStatus(message: string): void }) {
  const id = useId();
  const { state, set, saved, rebase } = useEditState({ notes: meeting.notes });
  const [theirs, setTheirs] = useState<string | null>(null);
  const saving = useAction(
    async (current: { base: { notes: string }; values: { notes: string } } = state) => {
      const { notes } = current.values;
      if (notes === current.base.notes) return '';
      const first = meeting.status !== 'done' && notes.trim() !== '';
      try {
        await updateMeeting(getDb(), meeting.id, { notes }, Date.now(), { notes: current.base.notes });
      } catch (error) {
        if (isEditConflict(error)) setTheirs(typeof error.conflicts[0]?.stored === 'string' ? error.conflicts[0].stored : '');
        throw error;
      }
      saved({ notes });
      setTheirs(null);
      return first ? t('meetingNotesSavedHeld') : t('meetingNotesSaved');
    },
    { failure: 'commonNotSaved', onDone: (message) => message && onStatus(message), onError: onStatus },
  );
  const resolve = (value: string, andSave: boolean) => {
    const stored = theirs ?? '';
    rebase('notes', stored, value);
    setTheirs(null);
    if (andSave) void saving.run({ base: { notes: stored }, values: { notes: value } });
  };
  return (
    <section aria-labelledby="meeting-notes">
      <h2 id="meeting-notes">{t('meetingNotesTitle')}</h2>
      <form className="stack" onSubmit={(e) => void saving.submit(e)}>
        <label>
          <span className="label">{t('meetingNotesLabel')}</span>
          <textarea
            rows={8}
            value={state.values.notes}
            maxLength={MEETING_LIMITS.notes}
            aria-describedby={limitNoteId(id, 'notes', state.values.notes.length, MEETING_LIMITS.notes)}
            onChange={(e) => set('notes', e.target.value)}
            onBlur={() => void saving.run()}
          />
          <LimitNote id={`${id}-notes-limit`} length={state.values.notes.length} max={MEETING_LIMITS.notes} />
        </label>
        <EditConflicts
          conflicts={
            theirs === null
              ? []
              : [{ field: 'notes', label: t('meetingNotesTitle'), theirs, mine: state.values.notes, long: true }]
          }
          onTheirs={() => resolve(theirs ?? '', false)}
          onMine={() => resolve(state.values.notes, true)}
          onBoth={() => resolve(mergeTexts(state.base.notes, theirs ?? '', state.values.notes), true)}
        />
        <button type="submit" disabled={saving.busy}>
          {t('meetingSaveNotes')}
        </button>
      </form>
      <NoteVersions
        table="meetings"
        id={meeting.id}
        notes={meeting.notes}
        save={(text) => updateMeeting(getDb(), meeting.id, { notes: text }, Date.now(), { notes: meeting.notes })}
      />
    </section>
  );
}
