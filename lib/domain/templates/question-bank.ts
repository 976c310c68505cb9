/**
 * The question bank for meeting prep: the questions in the (rendered)
 * 'meeting-questions' template, one per line. Pure.
 */

const LIST_MARK = /^\s*(?:\d{1,3}[.)]|[-*•])\s+/;
const QUESTION_MAX = 1000;

/**
 * Lines that are questions: numbered or bulleted lines, and any line ending
 * with a question mark; numbering is removed, duplicates dropped. Headings
 * and reminders ("About 20 minutes: watch the clock") are not questions.
 */
export function questionBank(text: string): string[] {
  const seen = new Set<string>();
  const questions: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const listed = LIST_MARK.test(raw);
    const line = raw.replace(LIST_MARK, '').replace(/\s+/g, ' ').trim();
    if (!line || (!listed && !line.endsWith('?'))) continue;
    const question = line.slice(0, QUESTION_MAX);
    const key = question.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    questions.push(question);
  }
  return questions;
}

/** Adds a question the user typed, unless it is empty or already there. */
export function withQuestion(questions: readonly string[], typed: string, max = 100): string[] {
  const question = typed.replace(/\s+/g, ' ').trim().slice(0, QUESTION_MAX);
  if (!question || questions.length >= max) return [...questions];
  const key = question.toLowerCase();
  return questions.some((q) => q.toLowerCase() === key) ? [...questions] : [...questions, question];
}

/** Ticks or unticks a question, keeping the order the user ticked them in. */
export function toggleQuestion(questions: readonly string[], question: string, on: boolean, max = 100): string[] {
  if (on && questions.includes(question)) return [...questions];
  const rest = questions.filter((q) => q !== question);
  return on && rest.length < max ? [...rest, question] : rest;
}
