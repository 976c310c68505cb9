import { describe, expect, it } from 'vitest';
import { loadMeetingPrep, prepQuestions } from '@/lib/store/history/meeting-prep';
import { scheduleMeeting, updateMeeting } from '@/lib/store/history/meetings';
import { updatePerson } from '@/lib/store/people/person-edit';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { saveTemplate } from '@/lib/store/settings/template-edits';
import { builtInTemplateFor } from '@/lib/domain/templates/built-in';
import { freshDb } from '../helpers';

const DAY = 86_400_000;
const now = new Date(2025, 2, 13, 10).getTime();

async function seeded() {
  const db = freshDb();
  const settings = await saveSettings(db, { targetRole: 'service design' });
  const jane = await addTarget(
    db,
    { profileUrl: 'https://www.linkedin.com/in/jane/', name: 'Jane Doe' },
    now - 30 * DAY,
  );
  const person = await updatePerson(db, jane.id, { company: 'Acme' }, now - 30 * DAY);
  const earlier = await scheduleMeeting(db, { personId: jane.id, at: now - 20 * DAY, mode: 'phone' }, now - 25 * DAY);
  await updateMeeting(db, earlier.id, { notes: 'Look at public-sector work.' }, now - 20 * DAY);
  const meeting = await scheduleMeeting(db, { personId: jane.id, at: now + 2 * DAY, mode: 'in-person' }, now);
  await db.clips.bulkAdd([
    {
      id: 'a',
      url: 'https://example.com/a',
      title: 'Service design in government',
      readable: true,
      personId: jane.id,
      savedAt: now - DAY,
    },
    {
      id: 'b',
      url: 'https://example.com/b',
      title: 'Acme wins an award',
      readable: true,
      company: 'Acme',
      savedAt: now - 3 * DAY,
    },
    {
      id: 'c',
      url: 'https://example.com/c',
      title: 'Other company news',
      readable: true,
      company: 'Globex',
      savedAt: now,
    },
  ]);
  return { db, settings, person, meeting, earlier };
}

describe('meeting prep', () => {
  it('gathers the question template, clips about the person or company, and earlier notes', async () => {
    const { db, person, meeting, earlier } = await seeded();
    const sources = await loadMeetingPrep(db, meeting, person);
    expect(sources.template?.id).toBe('builtin-meeting-questions');
    expect(sources.clips.map((c) => c.id)).toEqual(['a', 'b']);
    expect(sources.earlier.map((m) => m.id)).toEqual([earlier.id]);
  });

  it('offers the bank, research questions, and the user’s own saved ones', async () => {
    const { db, settings, person, meeting } = await seeded();
    const chosen = { ...meeting, questions: ['How did you get started in this work?', 'Which tools matter?'] };
    const questions = prepQuestions(await loadMeetingPrep(db, chosen, person), chosen, person, settings, now);
    expect(questions.bank).toHaveLength(6);
    expect(questions.bank).toContain(
      "Given that I'm aiming for service design, what do you see as my strengths and weaknesses?",
    );
    expect(questions.research).toHaveLength(2);
    expect(questions.research[0]).toContain('Service design in government');
    expect(questions.own).toEqual(['Which tools matter?']);
  });

  it('uses the user’s edit of the question template', async () => {
    const { db, settings, person, meeting } = await seeded();
    await saveTemplate(
      db,
      { ...builtInTemplateFor('meeting-questions'), body: 'Mine:\n- What surprised you?\n- Who hires juniors?' },
      now,
    );
    const questions = prepQuestions(await loadMeetingPrep(db, meeting, person), meeting, person, settings, now);
    expect(questions.bank).toEqual(['What surprised you?', 'Who hires juniors?']);
  });
});
