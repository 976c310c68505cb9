import { useState } from 'react';
import { getDb } from '../../lib/db';
import { updateMeeting } from '../../lib/db/meetings';
import type { Meeting } from '../../lib/model';

/** Notes after the meeting (write them the same day); writing them marks the meeting held. */
export function MeetingNotes({ meeting, onStatus }: { meeting: Meeting; onStatus(message: string): void }) {
  const [notes, setNotes] = useState(meeting.notes);
  const save = async () => {
    if (notes === meeting.notes) return;
    const first = meeting.status !== 'done' && notes.trim() !== '';
    try {
      await updateMeeting(getDb(), meeting.id, { notes }, Date.now());
      onStatus(
        first ? 'Notes saved — the meeting is marked as held. Next: a thank-you within 48 hours.' : 'Notes saved.',
      );
    } catch (e) {
      onStatus(`Not saved: ${(e as Error).message}`);
    }
  };
  return (
    <section aria-labelledby="meeting-notes">
      <h2 id="meeting-notes">Notes</h2>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          <span className="label">
            What you learned: advice, names, what to follow up (saved when you leave the box)
          </span>
          <textarea rows={8} value={notes} onChange={(e) => setNotes(e.target.value)} onBlur={() => void save()} />
        </label>
        <button type="submit">Save notes</button>
      </form>
    </section>
  );
}
