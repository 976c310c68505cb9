/**
 * A form's edits as a patch: what the form started from (`base`) and what
 * the user typed (`values`). A field the user has not touched follows the
 * stored value as it changes (another window, a profile read); a touched one
 * keeps the user's text, and saving sends only touched fields, with their
 * base as what the store must still hold (else: a conflict to resolve).
 */
import { useState } from 'react';

export type Fields = Record<string, string>;

export interface EditState<V extends Fields> {
  base: V;
  values: V;
}

const sameFields = (a: Fields, b: Fields) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((key) => a[key] === b[key]);

/** Untouched fields take the stored value; touched ones stay as typed (their base stays, for the check). */
export function followLive<V extends Fields>(state: EditState<V>, live: V): EditState<V> {
  let changed = false;
  const base = { ...state.base };
  const values = { ...state.values };
  for (const key of Object.keys(live) as (keyof V & string)[]) {
    if (state.values[key] !== state.base[key] || state.base[key] === live[key]) continue;
    base[key] = live[key];
    values[key] = live[key];
    changed = true;
  }
  return changed ? { base, values } : state;
}

/** The fields the user changed since the base. */
export function touchedFields<V extends Fields>(state: EditState<V>): (keyof V & string)[] {
  return (Object.keys(state.values) as (keyof V & string)[]).filter((key) => state.values[key] !== state.base[key]);
}

/**
 * Both texts, neither dropped: when each side only added to what the form
 * started from, their additions after it, then mine; otherwise their whole
 * text, a blank line, and mine.
 */
export function mergeTexts(base: string, theirs: string, mine: string): string {
  if (theirs === mine) return mine;
  if (base && theirs.startsWith(base) && mine.startsWith(base)) {
    const added = mine.slice(base.length).replace(/^\s+/, '');
    return added ? `${theirs.trimEnd()}\n\n${added}` : theirs;
  }
  if (!theirs.trim()) return mine;
  if (!mine.trim()) return theirs;
  return `${theirs.trimEnd()}\n\n${mine}`;
}

/**
 * The edit state of a form over `live` (the stored values as text): follows
 * `live` for untouched fields on every change, whoever made it.
 */
export function useEditState<V extends Fields>(live: V) {
  const [state, setState] = useState<EditState<V>>(() => ({ base: live, values: live }));
  const [seen, setSeen] = useState<V>(live);
  if (!sameFields(seen, live)) {
    setSeen(live);
    setState((current) => followLive(current, live));
  }
  const set = (key: keyof V & string, value: string) =>
    setState((current) => ({ ...current, values: { ...current.values, [key]: value } }));
  /** After a save: these fields are stored as given (base and values). */
  const saved = (fields: Partial<V>) =>
    setState((current) => ({ base: { ...current.base, ...fields }, values: { ...current.values, ...fields } }));
  /** Resolves a conflict: the form now starts from `stored` for this field, showing `value`. */
  const rebase = (key: keyof V & string, stored: string, value: string) =>
    setState((current) => ({ base: { ...current.base, [key]: stored }, values: { ...current.values, [key]: value } }));
  return { state, set, saved, rebase };
}
