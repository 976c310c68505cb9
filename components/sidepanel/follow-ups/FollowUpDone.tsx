import { useState } from 'react';
import { getDb } from '@/lib/store';
import type { DoneOutcome } from '@/lib/store/history/follow-up-done';
import { setStage } from '@/lib/store/people/targets';
import type { NextAction, Person } from '@/lib/domain/model';
import { doneEffect, type DoneEffect } from '@/lib/domain/cadence/action-touch';
import { TOUCH_LABELS } from '@/lib/domain/labels';
import { formatDateTime } from '@/components/shared/labels';
import { navigate } from '@/components/sidepanel/use-route';
import { t } from '@/lib/domain/i18n';

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
      return outcome.reason;
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
  const [busy, setBusy] = useState(false);
  const effect = doneEffect(action);
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      const message = await work();
      if (message) onStatus(message);
    } catch (e) {
      onStatus(t('followUpsNotRecorded', (e as Error).message));
    } finally {
      setBusy(false);
    }
  };
  // Loaded on click: recording a touch validates it (zod), which the list's first paint does not need.
  const doneWork = () => import('@/lib/store/history/follow-up-done');
  const done = () =>
    run(async () => report(await (await doneWork()).markActionDone(getDb(), person.id, Date.now()), person));

  if (!effect) return null;
  if (effect.type === 'move-on') {
    const moveOn = () =>
      run(async () => {
        if (!window.confirm(t('followUpsMoveOnConfirm', person.name))) return '';
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
      const meeting = await (await doneWork()).upcomingMeeting(getDb(), person.id, Date.now());
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
