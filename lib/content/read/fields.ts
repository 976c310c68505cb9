/**
 * Name, headline, company and location from the top card. Era selectors first;
 * for SDUI (hashed classes) the lines are anchored on the "Contact info" link
 * and the company on its pill icon. Counts, badges, pronouns are never taken as a field.
 */
import { firstText, textOf } from './dom-text';
import { CURRENT_COMPANY_LABELS, degreeFromBadgeOnly, hasMutualPhrase, lower } from './languages';
import {
  COMPANY,
  COMPANY_ICON_SDUI,
  CONTACT_INFO,
  HEADLINE,
  LABELLED,
  LOCATION,
  NAME,
  NAME_SDUI,
} from '@/lib/content/read/selectors/top-card';
import type { TopCard } from './top-card';

export interface CardFields {
  name?: string;
  headline?: string;
  company?: string;
  location?: string;
}

const COUNT = /^(?=[^\d]*\d)[\d.,\s+KMB]+(?:\s+\p{L}+)?$/iu;
const PRONOUNS =
  /^\(?(?:he|she|they|il|elle|iel|er|sie|él|ella|ele|ela|lui|lei|hij|zij|ze)\s*\/\s*\p{L}+(?:\s*\/\s*\p{L}+)?\)?$/iu;

/** Cheap prefilters: COUNT needs a digit, PRONOUNS a slash. */
const isCount = (text: string) => /\d/.test(text) && COUNT.test(text);
const isPronouns = (text: string) => text.includes('/') && PRONOUNS.test(text);

/** A line that can be a field: not a badge, a count ("500+ connections"), pronouns or a mutuals sentence. */
function isFieldLine(text: string, name: string | undefined): boolean {
  if (!text || text === name || text.length > 1000) return false;
  if (degreeFromBadgeOnly(text) || isCount(text) || isPronouns(text) || hasMutualPhrase(text)) return false;
  // ASCII first: a Unicode property class is slow to compile on first use in a page.
  return /[A-Za-z]/.test(text) || /\p{L}/u.test(text);
}

interface Lines {
  lines: string[];
  location?: string;
}

/**
 * SDUI-style lines: the "Contact info" link sits beside the location, and the
 * block above holds the headline and the "Company · School" line as direct <p>/<div> children.
 */
function linesNearContactInfo(card: Element, name: string | undefined): Lines {
  const contact = card.querySelector(CONTACT_INFO);
  if (!contact) return { lines: [] };
  let holder: Element = contact;
  while (
    holder.parentElement &&
    holder.parentElement !== card &&
    !textOf(holder.parentElement).replace(textOf(contact), '').trim()
  ) {
    holder = holder.parentElement;
  }
  const box = holder.parentElement;
  if (!box || box === card) return { lines: [] };
  const near = Array.from(box.children).filter((c) => c !== holder && !c.contains(contact));
  const location = near.map((c) => textOf(c)).find((t) => isFieldLine(t, name) && t.length <= 300);
  const block = box.parentElement && card.contains(box.parentElement) ? box.parentElement : null;
  const lines: string[] = [];
  for (const child of Array.from(block?.children ?? [])) {
    if (child === box || child.contains(contact) || !/^(?:p|div|span)$/.test(child.localName)) continue;
    if (child.querySelector('h1, h2, a[href], button, img')) continue;
    const text = textOf(child);
    if (isFieldLine(text, name) && text !== location) lines.push(text);
  }
  return location ? { lines, location } : { lines };
}

function sduiCompany(card: Element, lines: string[]): string | undefined {
  const icon = card.querySelector(COMPANY_ICON_SDUI);
  const pill = icon?.closest('[role="button"], a, button') ?? icon?.parentElement;
  const text = pill ? textOf(pill) : '';
  if (text && text.length <= 300 && !isCount(text)) return text;
  const parts = lines[1]?.split(/\s+[·•]\s+/) ?? [];
  return parts.length >= 2 && parts[0] ? parts[0] : undefined;
}

/** 2022-2025 Ember: the control labelled "Current company…" in any of the languages. */
function labelledCompany(card: Element): string | undefined {
  for (const el of Array.from(card.querySelectorAll(LABELLED)).slice(0, 150)) {
    const aria = lower(el.getAttribute('aria-label') ?? '');
    if (CURRENT_COMPANY_LABELS.some((label) => aria.startsWith(label))) return textOf(el) || undefined;
  }
  return undefined;
}

function clip(text: string | undefined, max: number): string | undefined {
  return text ? text.slice(0, max) : undefined;
}

export function readCardFields(card: TopCard): CardFields {
  const el = card.el;
  const sdui = card.era === 'sdui';
  const name = firstText(el, sdui ? NAME_SDUI : NAME, 300);
  const fields: CardFields = {};
  if (name && isFieldLine(name, undefined)) fields.name = name;
  const near = linesNearContactInfo(el, fields.name);
  const headline = sdui ? near.lines[0] : (firstText(el, HEADLINE, 1000) ?? near.lines[0]);
  const location = sdui ? near.location : (firstText(el, LOCATION) ?? near.location);
  const company = sdui ? sduiCompany(el, near.lines) : (firstText(el, COMPANY) ?? labelledCompany(el));
  if (headline && isFieldLine(headline, fields.name)) fields.headline = clip(headline, 1000);
  if (location && isFieldLine(location, fields.name)) fields.location = clip(location, 300);
  if (company && isFieldLine(company, fields.name)) fields.company = clip(company, 300);
  return fields;
}
