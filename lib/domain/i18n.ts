/**
 * Interface text from public/_locales/<locale>/messages.json through the
 * browser's i18n API, which works in extension pages, the background and
 * content scripts alike. Keys are typed from the English file; only its type
 * is imported, so no bundle carries the JSON.
 */
import { browser } from 'wxt/browser';
import type english from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof english & string;
export type Substitution = string | number;

type I18nApi = { getMessage(key: string, substitutions?: string[]): string };

/** The extension's i18n API; outside an extension (Node scripts, tests) whatever was installed on globalThis.chrome. */
function api(): I18nApi | undefined {
  return (browser?.i18n ?? (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n) as I18nApi | undefined;
}

function message(key: string, substitutions?: Substitution | readonly Substitution[]): string {
  const list = substitutions === undefined ? undefined : ([] as Substitution[]).concat(substitutions).map(String);
  try {
    return api()?.getMessage(key, list) ?? '';
  } catch {
    // An orphaned content script (the extension was updated) may lose the API.
    return '';
  }
}

/**
 * The text for `key`, with $1…$9 filled from `substitutions` (Chrome's rules:
 * named placeholders in the message point at $1…$9). Falls back to the key
 * itself, so a missing message shows up instead of an empty label.
 */
export function t(key: MessageKey, substitutions?: Substitution | readonly Substitution[]): string {
  return message(key, substitutions) || key;
}

/** 'rtl' when the messages in use are a right-to-left translation (Chrome's @@bidi_dir), else 'ltr'. */
export function textDirection(): 'ltr' | 'rtl' {
  return message('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** Keys that come as a pair `<base>One` / `<base>Other`: the bases plural() takes. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}Other` ? (`${Base}One` extends MessageKey ? Base : never) : never;
}[MessageKey];

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralRulesFor(locale: string): Intl.PluralRules {
  try {
    return new Intl.PluralRules(locale);
  } catch {
    return new Intl.PluralRules('en');
  }
}

/**
 * The plural form for `count`: `<base>One` or `<base>Other` in English.
 * Chrome's i18n has no plurals, so each form is its own key, picked with
 * Intl.PluralRules for the language of the messages in use (the `appLocale`
 * message); a translation may add `<base>Zero`, `…Two`, `…Few` or `…Many`.
 * The count is $1 unless `substitutions` says otherwise (e.g. a formatted number).
 */
export function plural(base: PluralBase, count: number, substitutions?: readonly Substitution[]): string {
  // A translator may write the folder's name (pt_BR) where Intl wants pt-BR.
  const locale = (message('appLocale') || 'en').replaceAll('_', '-');
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = pluralRulesFor(locale)));
  const form = rules.select(count);
  const subs = substitutions ?? [count];
  return message(`${base}${form[0]!.toUpperCase()}${form.slice(1)}`, subs) || t(`${base}Other` as MessageKey, subs);
}

/**
 * A table of labels looked up on each read (e.g. STAGE_LABELS[stage]), so a
 * module can export one without calling the i18n API when it loads.
 */
/* @__NO_SIDE_EFFECTS__ */
export function labels<K extends string>(keys: Readonly<Record<K, MessageKey>>): Readonly<Record<K, string>> {
  const table = {} as Record<K, string>;
  for (const name of Object.keys(keys) as K[]) {
    Object.defineProperty(table, name, { enumerable: true, get: () => t(keys[name]) });
  }
  return table;
}
