/**
 * Edits are patches checked against what the form started from: a field
 * stored otherwise meanwhile (another window, a profile read in the
 * background) is a conflict, and nothing is written until the user chooses.
 */
import { InroadsError } from '@/lib/domain/errors';
import { fieldLabel } from '@/lib/domain/model/issue-text';
import { sameRow } from '@/lib/store/same-row';

export interface FieldConflict {
  field: string;
  /** What is stored now (someone else's value). */
  stored: unknown;
  /** What the form started from. */
  expected: unknown;
}

/** Thrown from inside the edit's transaction (nothing written); words name the fields when shown as is. */
export class EditConflict extends InroadsError {
  constructor(readonly conflicts: readonly FieldConflict[]) {
    super('editConflict', [conflicts.map((c) => fieldLabel([c.field])).join(', ')]);
  }
}

export function isEditConflict(error: unknown): error is EditConflict {
  return error instanceof EditConflict;
}

/** Whether two stored values are the same: a text left out is the same as an empty one. */
export function sameStored(a: unknown, b: unknown): boolean {
  if ((a === undefined || typeof a === 'string') && (b === undefined || typeof b === 'string')) {
    return (a ?? '') === (b ?? '');
  }
  return sameRow(a, b);
}

/** The fields of `expected` whose stored value is no longer the one the form started from. */
export function conflictsOf(stored: object, expected: Readonly<Record<string, unknown>> | undefined): FieldConflict[] {
  const conflicts: FieldConflict[] = [];
  for (const [field, value] of Object.entries(expected ?? {})) {
    const now = (stored as Record<string, unknown>)[field];
    if (!sameStored(now, value)) conflicts.push({ field, stored: now, expected: value });
  }
  return conflicts;
}
