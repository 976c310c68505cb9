import { useState } from 'react';
import { getDb } from '@/lib/store';
import { updateMeeting } from '@/lib/store/history/meetings';
import type { Meeting } from '@/lib/domain/model';
import { t } from '@/lib/domain/i18n';
import { useAction } from '@/components/shared/use-action';
import { NoteVersions } from '@/components/sidepanel/NoteVersions';

/** Notes after the meeting (write them the same day); writing them marks the meeting held. */
export function MeetingNotes({ meeting, onStatus }: { meeting: Meeting; onStatus(message: string): void }) {
  const [notes, setNotes] = useState(meeting.notes);
  // Notes stored meanwhile (another device, another window) replace the text while it is not being edited.
  const [shown, setShown] = useState(meeting.notes);
  if (meeting.notes !== shown) {
    if (notes === shown) setNotes(meeting.notes);
    setShown(meeting.notes);
  }
  const saving = useAction(
    async () => {
      if (notes === shown) return '';
      const first = meeting.status !== 'done' && notes.trim() !== '';
      await updateMeeting(getDb(), meeting.id, { notes }, Date.now());
      setShown(notes);
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
      <NoteVersions
        table="meetings"
        id={meeting.id}
        notes={meeting.notes}
        save={(text) => updateMeeting(getDb(), meeting.id, { notes: text }, Date.now())}
      />
    </section>
  );
}
