/**
 * A captured change (LocalChange) becomes a stamped one (Change), given what
 * this device knows of the record: text edits replace the version they
 * edited (and any version with the same text), and a record created afresh
 * clears the fields it does not have. Pure.
 */
import { TEXT_FIELDS, type Change, type LocalChange, type TextWrite } from './change';
import type { RowState } from './merge';

/** Stamps of the versions a text edit replaces: the text it edited, and copies of the new text. */
function replaced(state: RowState | undefined, field: string, edited: string | undefined, text: string | undefined): string[] {
  return (state?.m?.[field]?.vals ?? []).filter((v) => v.v === edited || v.v === text).map((v) => v.h);
}

const everyVersion = (state: RowState | undefined, field: string) => (state?.m?.[field]?.vals ?? []).map((v) => v.h);

export function stampChange(local: LocalChange, h: string, state: RowState | undefined): Change {
  const change: Change = { t: local.t, k: local.k, h };
  if (local.del) {
    change.del = 1;
    return change;
  }
  const texts = TEXT_FIELDS[local.t] ?? [];
  const text: Record<string, TextWrite> = {};
  const write = (field: string, value: string | undefined) => {
    const drop = local.fresh ? everyVersion(state, field) : replaced(state, field, local.base?.[field], value);
    text[field] = { v: value ?? '', drop };
  };
  for (const [field, value] of Object.entries(local.set ?? {})) {
    if (texts.includes(field)) write(field, String(value));
    else (change.set ??= {})[field] = value;
  }
  for (const field of local.unset ?? []) {
    if (texts.includes(field)) write(field, undefined);
    else (change.unset ??= []).push(field);
  }
  if (local.fresh && state) {
    // A record made again after a delete (or before sync knew it): fields it lacks are cleared.
    for (const field of Object.keys(state.c)) {
      if (!(field in (local.set ?? {})) && 'v' in state.c[field]!) (change.unset ??= []).push(field);
    }
    for (const field of Object.keys(state.m ?? {})) if (!(field in text)) text[field] = { v: '', drop: everyVersion(state, field) };
  }
  for (const [field, stamps] of Object.entries(local.drop ?? {})) {
    const entry = (text[field] ??= { drop: [] });
    entry.drop = [...new Set([...entry.drop, ...stamps])];
  }
  if (Object.keys(text).length > 0) change.text = text;
  return change;
}
