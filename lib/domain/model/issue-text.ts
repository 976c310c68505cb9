/**
 * A validation problem in the user's words: where (a field's label, or the
 * table, row and field of a file) and what is wrong ("at most 200
 * characters", "must be a date between 1990 and 2200"), never zod's JSON.
 * Free of zod: it reads zod's issue objects as plain data, so error-text.ts
 * can word a problem anywhere without loading the schemas.
 */
import { labels, t, type MessageKey } from '@/lib/domain/i18n';
import { EARLIEST_YEAR, LATEST_YEAR } from './limits';

/** What this module reads of a zod issue (zod 4's $ZodIssue, all optional but code and path). */
export interface IssueLike {
  code?: string;
  path: readonly PropertyKey[];
  message?: string;
  origin?: string;
  expected?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  values?: readonly unknown[];
  format?: string;
  params?: Record<string, unknown>;
}

const EXPECTED: Partial<Record<string, MessageKey>> = {
  string: 'issueExpectedText',
  number: 'issueExpectedNumber',
  int: 'issueExpectedWholeNumber',
  boolean: 'issueExpectedYesNo',
  array: 'issueExpectedList',
  object: 'issueExpectedRecord',
};

const count = (n: number | bigint | undefined) => Number(n ?? 0).toLocaleString('en-US');

/**
 * What is wrong, in words ("at most 200 characters"); zod's own English for
 * the rare rest. `value`: what was given, when known (a text's length is then said).
 */
export function issueProblem(issue: IssueLike, value?: unknown): string {
  const { code, origin } = issue;
  if (issue.params?.inroads === 'date') return t('issueDateRange', [EARLIEST_YEAR, LATEST_YEAR]);
  if (code === 'too_big') {
    if (origin === 'string' && typeof value === 'string') {
      return t('issueTooLongHas', [count(issue.maximum), count(value.length)]);
    }
    if (origin === 'string') return t('issueTooLong', count(issue.maximum));
    if (origin === 'array' || origin === 'set') return t('issueTooManyItems', count(issue.maximum));
    return t('issueTooBig', count(issue.maximum));
  }
  if (code === 'too_small') {
    if (origin === 'string' && Number(issue.minimum) === 1) return t('issueEmpty');
    if (origin === 'string') return t('issueTooShort', count(issue.minimum));
    return t('issueTooSmall', count(issue.minimum));
  }
  if (code === 'invalid_type') {
    // zod words a missing field "…, received undefined" (its issues do not carry the value).
    if (/received undefined\s*$/.test(issue.message ?? '')) return t('issueMissing');
    const key = EXPECTED[issue.expected ?? ''];
    if (key) return t(key);
  }
  if (code === 'invalid_value' && issue.values?.length) {
    return t('issueNotOneOf', issue.values.map((value) => String(value)).join(', '));
  }
  if (code === 'invalid_format' && issue.format === 'datetime') return t('issueDateTimeFormat');
  if (code === 'unrecognized_keys') return t('issueUnknownFields');
  return issue.message?.trim() || t('issueInvalid');
}

/** `people[12].objective.kind` from a path (table and field names as in the file). */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text ? `.${String(part)}` : String(part);
  }
  return text || t('restoreErrorWholeFile');
}

/** "people[0].phone: at most 200 characters". */
export function issueText(issue: IssueLike, prefix: readonly PropertyKey[] = []): string {
  return `${formatPath([...prefix, ...issue.path])}: ${issueProblem(issue)}`;
}

/** The fields a form shows, by their last path key, as the form labels them. */
const FIELD_LABELS = /* @__PURE__ */ labels({
  name: 'personFieldName',
  headline: 'personFieldHeadline',
  company: 'personFieldCompany',
  position: 'fieldPosition',
  location: 'personFieldLocation',
  email: 'personFieldEmail',
  phone: 'personFieldPhone',
  notes: 'personFieldNotes',
  detail: 'personObjectiveDetail',
  note: 'logNote',
  text: 'draftMessage',
  subject: 'draftSubject',
  body: 'draftMessage',
  place: 'meetingWhere',
  questions: 'prepOwnQuestion',
  at: 'commonWhen',
  myName: 'detailsMyName',
  myEmail: 'detailsMyEmail',
  myPhone: 'detailsMyPhone',
  signature: 'detailsSignature',
  targetRole: 'detailsTargetRole',
});

/** The label of the field an issue is about, as the user sees it ("Phone"), else its path. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const named = [...path].reverse().find((part): part is string => typeof part === 'string');
  return named && Object.hasOwn(FIELD_LABELS, named) ? FIELD_LABELS[named as keyof typeof FIELD_LABELS] : formatPath(path);
}

/** The value at `path` inside `root`, if there is one. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/**
 * "Phone: at most 200 characters (this one has 260)" — for what the user
 * typed (`input`: the row that was checked); the first issue per field, at most three.
 */
export function fieldIssuesText(issues: readonly IssueLike[], input?: unknown): string {
  const seen = new Set<string>();
  const shown: string[] = [];
  for (const issue of issues) {
    const label = fieldLabel(issue.path);
    if (seen.has(label)) continue;
    seen.add(label);
    shown.push(t('issueField', [label, issueProblem(issue, valueAt(input, issue.path))]));
    if (shown.length === 3) break;
  }
  return shown.join('; ');
}
