/** Meetings the follow-up list's "Done" acts on. */
import type { Meeting } from '@/lib/domain/model';
import type { InroadsDb } from '@/lib/store/database';
import { meetingsOf } from './next-action';

/** The next meeting not yet held, or the latest held one still without notes. */
export function meetingFor(
  meetings: readonly Meeting[],
  now: number,
  want: 'upcoming' | 'needs-notes',
): Meeting | undefined {
  const live = [...meetings].filter((m) => m.status !== 'cancelled').sort((a, b) => a.at - b.at);
  if (want === 'upcoming') return live.find((m) => m.status === 'scheduled' && m.at > now);
  return live.reverse().find((m) => (m.status === 'done' || m.at <= now) && m.notes.trim() === '');
}

/** The meeting to prepare: the next one not yet held. */
export async function upcomingMeeting(db: InroadsDb, personId: string, now: number): Promise<Meeting | undefined> {
  return meetingFor(await meetingsOf(db, personId), now, 'upcoming');
}
