/**
 * The one way an error becomes words for the user: an Inroads error in the
 * interface language, a storage problem classified (and reported to the
 * page's banner), anything else as a short plain message — never raw JSON or
 * a stack trace.
 */
import { isInroadsError } from '@/lib/domain/errors';
import { t } from '@/lib/domain/i18n';
import { reportStorageError } from './storage-events';
import { describeStorageError } from '@/lib/store/storage-errors';
import type { IssueLike } from '@/lib/domain/model/issue-text';

const MAX = 200;

/** Only a short single-line message that is not data (JSON, a list of zod issues) reaches the user. */
function plainMessage(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const text = message.trim();
  if (!text || text.length > MAX || /[\n{}[\]]/.test(text) || /^\s*at\s/m.test(text)) return undefined;
  return text;
}

/** The issues of a zod error (recognised by shape: zod stays out of the bundles that only show errors). */
function validationIssues(error: unknown): IssueLike[] | undefined {
  const { name, issues } = (error ?? {}) as { name?: unknown; issues?: unknown };
  if (name !== 'ZodError' && name !== '$ZodError') return undefined;
  return Array.isArray(issues) && issues.every((i) => Array.isArray((i as IssueLike)?.path)) ? issues : undefined;
}

/** Words for a schema's refusal, loaded when one happens (rare: use cases word their own), out of every first paint. */
let issueWords: ((issues: readonly IssueLike[]) => string) | undefined;

/** Loads what errorText needs to word this error; the action helper awaits it before showing the error. */
export async function loadErrorWords(error: unknown): Promise<void> {
  if (!issueWords && validationIssues(error)) issueWords = (await import('@/lib/domain/model/issue-text')).fieldIssuesText;
}

export function errorText(error: unknown): string {
  if (isInroadsError(error)) return t(error.code, error.params);
  // A schema's refusal that reached here without being worded: its fields and problems in words, never its JSON.
  const issues = validationIssues(error);
  if (issues) return issueWords ? issueWords(issues) : t('commonInvalidFields');
  const problem = describeStorageError(error);
  if (problem) {
    reportStorageError(error);
    return problem.message;
  }
  return plainMessage(error) ?? t('commonUnknownError');
}
