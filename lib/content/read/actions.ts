/**
 * The actions the top card offers (Message, Connect, Follow, …): which one is
 * primary, and what they reveal about the degree. Read by structure first
 * (classes, hrefs, icons, component keys), words only as a fallback.
 */
import type { PrimaryAction } from '@/lib/domain/model/snapshot';
import { hiddenTest, textOf } from './dom-text';
import { ACTION_WORDS, INVITE_LABEL, lower } from './languages';
import { CONNECT_ICON, CONTROLS, LOCK_ICON, MENUS, PRIMARY_CLASS } from '@/lib/content/read/selectors/signals';

export type ActionKind = 'message' | 'connect' | 'follow' | 'pending' | 'disconnect' | 'other';

export interface ActionSummary {
  /** The outreach action LinkedIn puts first; undefined when none was found. */
  primary?: PrimaryAction;
  /** Connect, a pending invitation, or InMail is on offer: the subject is not 1st degree. */
  notFirst: boolean;
  /** "Remove connection" is on offer: the subject is 1st degree. */
  connected: boolean;
}

/** What a control does, by structure, then by its accessible name, then by its words. */
export function actionKind(el: Element): ActionKind {
  const cls = el.getAttribute('class') ?? '';
  const href = el.getAttribute('href') ?? '';
  const key = lower(el.getAttribute('componentkey') ?? '');
  const control = el.getAttribute('data-control-name') ?? '';
  if (key.includes('_pending')) return 'pending';
  if (/--message\b/.test(cls) || /\/messaging\/(?:compose|thread)/.test(href) || el.querySelector(LOCK_ICON))
    return 'message';
  if (control.includes('message') && !control.includes('share')) return 'message';
  if (/--connect\b/.test(cls) || href.includes('custom-invite') || /connectbutton|_connect$/.test(key))
    return 'connect';
  if (el.querySelector(CONNECT_ICON)) return 'connect';
  if (/--disconnect\b/.test(cls)) return 'disconnect';
  if (/--follow\b/.test(cls) || control === 'follow') return 'follow';
  const aria = lower(el.getAttribute('aria-label') ?? '').trim();
  if (ACTION_WORDS.pending.some((w) => aria.startsWith(w))) return 'pending';
  if (INVITE_LABEL.test(aria)) return 'connect';
  if (/^(?:send a message|message )/.test(aria)) return 'message';
  if (aria.startsWith('follow ')) return 'follow';
  if ((el.textContent ?? '').length > 600) return 'other'; // a wrapper, not a button label
  const text = lower(textOf(el)).replace(/^\+\s*/, '');
  for (const kind of ['pending', 'message', 'connect', 'follow', 'disconnect'] as const) {
    if ((ACTION_WORDS[kind] as readonly string[]).includes(text)) return kind;
  }
  return 'other';
}

const OUTREACH = new Set<ActionKind>(['message', 'connect', 'follow']);

/**
 * Reads the card's controls: the primary outreach action and the degree evidence.
 * Controls hidden by markup or inside a menu (an open "More" menu) count for neither.
 */
export function readActions(card: Element): ActionSummary {
  const summary: ActionSummary = { notFirst: false, connected: false };
  const hidden = hiddenTest(card);
  let styled: ActionKind | undefined;
  let first: ActionKind | undefined;
  for (const el of Array.from(card.querySelectorAll(CONTROLS)).slice(0, 300)) {
    if (hidden(el) || el.closest(MENUS)) continue;
    const kind = actionKind(el);
    if (kind === 'connect' || kind === 'pending') summary.notFirst = true;
    if (kind === 'disconnect') summary.connected = true;
    if (kind === 'message' && el.querySelector(LOCK_ICON)) summary.notFirst = true; // InMail
    if (styled === undefined && PRIMARY_CLASS.test(el.getAttribute('class') ?? '')) styled = kind;
    if (first === undefined && OUTREACH.has(kind)) first = kind;
  }
  const primary = styled ?? first;
  if (primary !== undefined) summary.primary = OUTREACH.has(primary) ? (primary as PrimaryAction) : 'unknown';
  return summary;
}
