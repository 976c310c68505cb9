/**
 * Chrome's i18n.getMessage over public/_locales/en/messages.json, for code
 * that runs outside a browser: unit tests (fakeBrowser has no i18n), and the
 * Node side of the browser tests, the demo and the bench (their seed data is
 * built with the app's own functions, whose texts come through lib/domain/i18n.ts).
 */
import english from '@/public/_locales/en/messages.json';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Messages = Record<string, Entry>;

export const loadMessages = (): Messages => english as Messages;

/**
 * As Chrome does it: keys and placeholder names are case-insensitive; each
 * $name$ becomes its placeholder's content; then $1…$9 become the
 * substitutions (missing ones become ''), and $$ becomes $. An unknown key
 * gives ''.
 */
export function messageFrom(messages: Messages, key: string, substitutions?: string | string[]): string {
  const entry =
    messages[key] ?? Object.entries(messages).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
  if (!entry) return '';
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
  const withPlaceholders = entry.message.replace(/\$\$|\$([a-zA-Z0-9_@]+)\$/g, (whole, name?: string) =>
    name === undefined ? whole : (placeholders.get(name.toLowerCase()) ?? whole),
  );
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_, what: string) =>
    what === '$' ? '$' : (subs[Number(what) - 1] ?? ''),
  );
}

export function fakeI18n(messages: Messages = loadMessages()) {
  return {
    getMessage: (key: string, substitutions?: string | string[]) => messageFrom(messages, key, substitutions),
    getUILanguage: () => 'en-US',
    getAcceptLanguages: async () => ['en-US', 'en'],
  };
}

/** For Node code outside vitest's fakeBrowser: lib/domain/i18n.ts falls back to globalThis.chrome.i18n. */
export function installNodeI18n(): void {
  const global = globalThis as { chrome?: { i18n?: unknown } };
  global.chrome ??= {};
  global.chrome.i18n ??= fakeI18n();
}
