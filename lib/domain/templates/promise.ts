/**
 * One date per promise (issue 15). Method fact: "Follow up exactly when you
 * said you would." A draft that promises a day ("I will call you on
 * {{callDay}}", "I'll follow up on {{followUpDay}}") and the follow-up date
 * recorded when it is marked sent are one value: the draft is rendered from
 * the date, and text edited by hand is checked against it.
 */
import type { Template } from '@/lib/domain/model';
import { formatCallingDay } from './render/dates';
import { placeholderNamed } from './render/placeholders';

const SLOT = /\{\{([^{}\r\n]{0,80})\}\}/g;

/** The day placeholder a template promises, if any. */
export function promisedSlot(template: Pick<Template, 'subject' | 'body'>): 'callDay' | 'followUpDay' | undefined {
  const text = `${template.subject ?? ''}\n${template.body}`;
  const names = [...text.matchAll(SLOT)].map((m) => placeholderNamed(m[1] ?? ''));
  return names.find((n): n is 'callDay' | 'followUpDay' => n === 'callDay' || n === 'followUpDay');
}

const DAY_WORDS =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

/**
 * When text edited by hand still promises another day than `promisedAt`: the
 * day it says ("Wednesday 9 December"); undefined when it says the promised
 * day or names no day.
 */
export function staleDayIn(text: string, promisedAt: number, timeZone?: string): string | undefined {
  const promised = formatCallingDay(promisedAt, timeZone);
  if (promised === '' || text.includes(promised)) return undefined;
  return text.match(DAY_WORDS)?.[0];
}
