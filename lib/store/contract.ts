/**
 * The one contract for what may be stored: every write of lib/store passes
 * its row through the model's schema (lib/domain/model, the same schemas a
 * restore enforces) before it is written, so whatever Inroads stores, its
 * backup restores. A refusal names each field and what is wrong in words
 * ("Phone: at most 200 characters (this one has 260)"), never zod's JSON.
 */
import { InroadsError } from '@/lib/domain/errors';
import { fieldIssuesText, type IssueLike } from '@/lib/domain/model/issue-text';

/** What this module needs of a schema (any zod schema). */
interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: IssueLike[] } };
}

/** The row as the schema gives it (defaults filled, unknown fields dropped), or an error in words. */
export function storable<T>(schema: Schema<T>, row: unknown): T {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  throw new InroadsError('storeInvalid', [fieldIssuesText(parsed.error.issues, row)]);
}
