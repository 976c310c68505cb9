import { useState } from 'react';
import { getDb } from '@/lib/store';
import { updateMeeting } from '@/lib/store/history/meetings';
import type { Meeting } from '@/lib/domain/model';
import { t } from '@/lib/domain/i18n';
import { useAction } from '@/components/shared/use-action';

/** Notes after the meeting (write them the same day); writing them marks the meeting held. */
export function MeetingNotes({ meeting, onStatus }: { meeting: Meeting; onStatus(message: string): void }) {
  const [notes, setNotes] = useState(meeting.notes);
  const saving = useAction(
    async () => {
      if (notes === meeting.notes) return '';
      const first = meeting.status !== 'done' && notes.trim() !== '';
      await updateMeeting(getDb(), meeting.id, { notes }, Date.now());
      return first ? t('meetingNotesSavedHeld') : t('meetingNotesSaved');
    },
    { failure: 'commonNotSaved', onDone: (message) => message && onStatus(message), onError: onStatus },
  );
  return (
    <section aria-labelledby="meeting-notes">
      <h2 id="meeting-notes">{t('meetingNotesTitle')}</h2>
      <form
        className="stack"
        onSubmit={(e) => void saving.submit(e)}
      >
        <label>
          <span className="label">{t('meetingNotesLabel')}</span>
          <textarea rows={8} value={notes} onChange={(e) => setNotes(e.target.value)} onBlur={() => void saving.run()} />
        </label>
        <button type="submit">{t('meetingSaveNotes')}</button>
      </form>
    </section>
  );
}
