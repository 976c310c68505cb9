/**
 * Meeting-prep questions drawn from research clips: each saved article becomes
 * an opener that shows the user did their homework and asks the person's view
 * of it. Deterministic: newest clips first, one question per distinct title,
 * the wording rotating through a few phrasings of our own.
 */
import type { ResearchClip } from '@/lib/domain/model';
import { capText, collapseLine } from './clip-text';

const TITLE_MAX = 120;

interface Phrasing {
  /** Where, when no company is known. */
  elsewhere: string;
  ask(title: string, source: string, where: string): string;
}

const PHRASINGS: readonly Phrasing[] = [
  {
    elsewhere: 'in your work',
    ask: (title, source, where) => `I read “${title}”${source} — how does that match what you see ${where}?`,
  },
  {
    elsewhere: 'in your field',
    ask: (title, source, where) => `“${title}”${source} caught my eye — is that something people ${where} talk about?`,
  },
  {
    elsewhere: 'in your field',
    ask: (title, source, where) =>
      `After reading “${title}”${source}, I wondered: what does that change for someone starting out ${where}?`,
  },
];

function titleKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Up to `max` questions. `company` (the person's) is used for clips not tied
 * to a company; without either, the question speaks of the person's work or field.
 */
export function questionsFromClips(clips: readonly ResearchClip[], max = 5, company?: string): string[] {
  const ordered = [...clips].sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Set<string>();
  const questions: string[] = [];
  for (const clip of ordered) {
    if (questions.length >= max) break;
    const title = capText(collapseLine(clip.title), TITLE_MAX);
    const key = titleKey(title);
    if (!key || seen.has(key) || /^https?:\/\//i.test(title)) continue;
    seen.add(key);
    const site = collapseLine(clip.site ?? '');
    const source = site && titleKey(site) !== key ? ` (${capText(site, 80)})` : '';
    const at = collapseLine(clip.company ?? company ?? '');
    const phrasing = PHRASINGS[questions.length % PHRASINGS.length] as Phrasing;
    questions.push(phrasing.ask(title, source, at ? `at ${capText(at, 80)}` : phrasing.elsewhere));
  }
  return questions;
}
