import { getDb } from '@/lib/store';
import type { DoneOutcome } from '@/lib/store/use-cases/mark-done';
import type { NextAction, Person } from '@/lib/domain/model';
import { doneEffect, type DoneEffect } from '@/lib/domain/cadence/action-touch';
import { TOUCH_LABELS } from '@/lib/domain/labels';
import { formatDateTime } from '@/components/shared/labels';
import { navigate } from '@/components/sidepanel/use-route';
import { t } from '@/lib/domain/i18n';
import { useAction } from '@/components/shared/use-action';

interface Props {
  person: Person;
  action: NextAction;
  onStatus(message: string): void;
}

function report(outcome: DoneOutcome, person: Person): string {
  switch (outcome.type) {
    case 'logged':
      return t('followUpsLogged', [TOUCH_LABELS[outcome.kind], person.name]);
    case 'snoozed':
      return t('followUpsPreparedHidden', [person.name, formatDateTime(outcome.until)]);
    case 'nothing':
      return t(outcome.reason);
    case 'open-meeting':
      navigate({ view: 'meeting', meetingId: outcome.meetingId });
      return '';
    case 'open-person':
    case 'confirm-move-on':
      navigate({ view: 'person', personId: person.id });
      return '';
  }
}

function doneLabel(effect: Exclude<DoneEffect, { type: 'move-on' }>): { label: string; title: string } {
  switch (effect.type) {
    case 'touch':
      return { label: t('followUpsDone'), title: t('followUpsDoneTouchTitle', TOUCH_LABELS[effect.kind]) };
    case 'snooze-until-meeting':
      return { label: t('followUpsDone'), title: t('followUpsDonePreparedTitle') };
    case 'open-meeting':
      return { label: t('followUpsWriteNotes'), title: t('followUpsWriteNotesTitle') };
    case 'schedule-meeting':
      return { label: t('followUpsScheduleMeeting'), title: t('followUpsScheduleMeetingTitle') };
  }
}

/**
 * "Done": the user did what was owed another way. Logs the touch the action
 * implies (so the row moves on); preparing hides it until the meeting; notes
 * and booking a meeting open the right view; after no answers, move on or
 * try another route.
 */
export function FollowUpDone({ person, action, onStatus }: Props) {
  const effect = doneEffect(action);
  const work = useAction(async (step: () => Promise<string>) => step(), {
    failure: 'followUpsNotRecorded',
    onDone: (message) => message && onStatus(message),
    onError: onStatus,
  });
  const busy = work.busy;
  const run = (step: () => Promise<string>) => void work.run(step);
  // Loaded on click: recording a touch validates it (zod), which the list's first paint does not need.
  const done = () =>
    run(async () => {
      const { markActionDone } = await import('@/lib/store/use-cases/mark-done');
      return report(await markActionDone(getDb(), person.id, Date.now()), person);
    });

  if (!effect) return null;
  if (effect.type === 'move-on') {
    const moveOn = () =>
      window.confirm(t('followUpsMoveOnConfirm', person.name)) &&
      run(async () => {
        // Loaded on the click, like Done's use case: the write path (and zod) stays out of the panel's first paint.
        const { setStage } = await import('@/lib/store/people/person-edit');
        await setStage(getDb(), person.id, 'moved-on', Date.now());
        return t('followUpsMovedOn', person.name);
      });
    return (
      <>
        <button type="button" disabled={busy} onClick={moveOn}>
          {t('followUpsMoveOn')}
        </button>
        <button type="button" disabled={busy} onClick={() => navigate({ view: 'person', personId: person.id })}>
          {t('followUpsTryAnotherRoute')}
        </button>
      </>
    );
  }
  const { label, title } = doneLabel(effect);
  const openMeeting = () =>
    run(async () => {
      const { upcomingMeeting } = await import('@/lib/store/history/meeting-lookup');
      const meeting = await upcomingMeeting(getDb(), person.id, Date.now());
      navigate(meeting ? { view: 'meeting', meetingId: meeting.id } : { view: 'person', personId: person.id });
      return '';
    });
  return (
    <>
      {effect.type === 'snooze-until-meeting' && (
        <button type="button" disabled={busy} onClick={openMeeting}>
          {t('followUpsOpenMeeting')}
        </button>
      )}
      <button type="button" disabled={busy} title={title} onClick={done}>
        {label}
      </button>
    </>
  );
}
