import { useState } from 'react';
import { getDb } from '../../lib/db';
import type { DoneOutcome } from '../../lib/db/follow-up-done';
import { setStage } from '../../lib/db/targets';
import type { NextAction, Person } from '../../lib/model';
import { doneEffect, type DoneEffect } from '../../lib/outreach/action-touch';
import { TOUCH_LABELS } from '../../lib/outreach/labels';
import { formatDateTime } from '../labels';
import { navigate } from './use-route';

interface Props {
  person: Person;
  action: NextAction;
  onStatus(message: string): void;
}

function report(outcome: DoneOutcome, person: Person): string {
  switch (outcome.type) {
    case 'logged':
      return `${TOUCH_LABELS[outcome.kind]} recorded for ${person.name}.`;
    case 'snoozed':
      return `Prepared: ${person.name} is hidden until the meeting on ${formatDateTime(outcome.until)}.`;
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
      return { label: 'Done', title: `You did it another way: record “${TOUCH_LABELS[effect.kind]}”` };
    case 'snooze-until-meeting':
      return { label: 'Done', title: 'Prepared: hide this until the meeting starts' };
    case 'open-meeting':
      return { label: 'Write notes', title: 'Open the meeting to write your notes' };
    case 'schedule-meeting':
      return { label: 'Schedule the meeting', title: 'Open their page to add the meeting you agreed' };
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
      onStatus(`Not recorded: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  // Loaded on click: recording a touch validates it (zod), which the list's first paint does not need.
  const doneWork = () => import('../../lib/db/follow-up-done');
  const done = () =>
    run(async () => report(await (await doneWork()).markActionDone(getDb(), person.id, Date.now()), person));

  if (!effect) return null;
  if (effect.type === 'move-on') {
    const moveOn = () =>
      run(async () => {
        if (
          !window.confirm(
            `Move on from ${person.name}? Nothing more will be suggested for them (you can change the stage later).`,
          )
        )
          return '';
        await setStage(getDb(), person.id, 'moved-on', Date.now());
        return `${person.name} marked as moved on.`;
      });
    return (
      <>
        <button type="button" disabled={busy} onClick={moveOn}>
          Move on
        </button>
        <button type="button" disabled={busy} onClick={() => navigate({ view: 'person', personId: person.id })}>
          Try another route
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
          Open the meeting
        </button>
      )}
      <button type="button" disabled={busy} title={title} onClick={done}>
        {label}
      </button>
    </>
  );
}
