/** What meeting prep draws on: the question bank, research clips, and earlier notes. */
import type { Meeting, Person, ResearchClip, Settings, Template } from '@/lib/domain/model';
import { composeDraft } from '@/lib/domain/templates/compose-draft';
import { questionBank } from '@/lib/domain/templates/question-bank';
// From questions.ts rather than clip.ts, so the side panel does not bundle Readability.
import { questionsFromClips } from '@/lib/domain/research/questions';
import type { InroadsDb } from '@/lib/store/database';
import { meetingsOf } from './next-action';
import { loadTemplates } from '@/lib/store/settings/templates';

/** Clips shown at most (newest first). */
export const CLIPS_SHOWN = 20;

export interface MeetingPrepSources {
  /** The 'meeting-questions' template (the user's edit when there is one). */
  template?: Template;
  /** Clips about the person or their company, newest first. */
  clips: ResearchClip[];
  /** This person's other meetings with notes, newest first. */
  earlier: Meeting[];
}

export async function loadMeetingPrep(db: InroadsDb, meeting: Meeting, person: Person): Promise<MeetingPrepSources> {
  const company = person.company?.trim();
  const [templates, aboutPerson, aboutCompany, meetings] = await Promise.all([
    loadTemplates(db),
    db.clips.where('personId').equals(person.id).toArray(),
    company ? db.clips.where('company').equals(company).toArray() : Promise.resolve([]),
    meetingsOf(db, person.id),
  ]);
  const byId = new Map([...aboutPerson, ...aboutCompany].map((c) => [c.id, c]));
  const clips = [...byId.values()].sort((a, b) => b.savedAt - a.savedAt).slice(0, CLIPS_SHOWN);
  const earlier = meetings.filter((m) => m.id !== meeting.id && m.notes.trim() !== '').sort((a, b) => b.at - a.at);
  // The library lists the built-in (or the user's edit of it) first.
  const template = templates.find((t) => t.moment === 'meeting-questions');
  return { template, clips, earlier };
}

export interface PrepQuestions {
  /** From the question bank (the rendered template). */
  bank: string[];
  /** Drawn from the research clips. */
  research: string[];
  /** The user's own, already in the meeting's list. */
  own: string[];
}

/** The questions to choose from: the bank, the research, and the user's own (those saved that are neither). */
export function prepQuestions(
  sources: MeetingPrepSources,
  meeting: Meeting,
  person: Person,
  settings: Settings,
  now: number,
): PrepQuestions {
  const bank = sources.template
    ? questionBank(composeDraft({ template: sources.template, person, settings, now }).body)
    : [];
  const research = questionsFromClips(sources.clips, 5, person.company).filter((q) => !bank.includes(q));
  const offered = new Set([...bank, ...research]);
  return { bank, research, own: meeting.questions.filter((q) => !offered.has(q)) };
}
