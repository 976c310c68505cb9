import { useState } from 'react';
import { getDb } from '@/lib/store';
import { updateMeeting } from '@/lib/store/history/meetings';
import type { Meeting } from '@/lib/domain/model';
import { t } from '@/lib/domain/i18n';

/** Notes after the meeting (write them the same day); writing them marks the meeting held. */
export function MeetingNotes({ meeting, onStatus }: { meeting: Meeting; onStatus(message: string): void }) {
  const [notes, setNotes] = useState(meeting.notes);
  const save = async () => {
    if (notes === meeting.notes) return;
    const first = meeting.status !== 'done' && notes.trim() !== '';
    try {
      await updateMeeting(getDb(), meeting.id, { notes }, Date.now());
      onStatus(first ? t('meetingNotesSavedHeld') : t('meetingNotesSaved'));
    } catch (e) {
      onStatus(t('commonNotSaved', (e as Error).message));
    }
  };
  return (
    <section aria-labelledby="meeting-notes">
      <h2 id="meeting-notes">{t('meetingNotesTitle')}</h2>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          <span className="label">{t('meetingNotesLabel')}</span>
          <textarea rows={8} value={notes} onChange={(e) => setNotes(e.target.value)} onBlur={() => void save()} />
        </label>
        <button type="submit">{t('meetingSaveNotes')}</button>
      </form>
    </section>
  );
}
