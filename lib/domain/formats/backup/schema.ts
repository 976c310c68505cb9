/**
 * The backup file of the current version, validated row by row with the data
 * model's own schemas, plus the checks a schema cannot express (unique ids,
 * touches and meetings pointing at stored people).
 *
 * `connections` (version 2) is the contact directory as a flat list; two
 * entries with the same key (connectionKey) are not refused: the later one is
 * merged into the earlier, as a Connections.csv import does.
 */
import { plural, t } from '@/lib/domain/i18n';
import { z } from '@/lib/domain/model/zod';
import { Company, Connection, Meeting, ObjectiveRecord, Person, ResearchClip, Settings, Template, Touch } from '@/lib/domain/model';
import { isStorableDate } from '@/lib/domain/model/limits';
import { issueText, type IssueLike } from '@/lib/domain/model/issue-text';
import { BACKUP_FORMAT, BACKUP_VERSION } from './versions';

export const BackupMetaRow = z.object({
  key: z.string().min(1).max(200),
  value: z.unknown(),
});
export type BackupMetaRow = z.infer<typeof BackupMetaRow>;

export const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** When the file was made: a date Inroads may store (a file of year 9999 would silence the backup reminder). */
  exportedAt: z.iso.datetime().refine((at) => isStorableDate(Date.parse(at)), { params: { inroads: 'date' } }),
  people: z.array(Person),
  touches: z.array(Touch),
  meetings: z.array(Meeting),
  templates: z.array(Template),
  clips: z.array(ResearchClip),
  meta: z.array(BackupMetaRow),
  connections: z.array(Connection),
  // Added while version 3 was unreleased: files without them have none.
  companies: z.array(Company).default([]),
  objectives: z.array(ObjectiveRecord).default([]),
});
export type BackupFile = z.infer<typeof BackupFile>;

/** The meta row holding the user's settings (validated with the Settings schema). */
export const SETTINGS_KEY = 'settings';

type PathPart = PropertyKey;

/**
 * The first problems of a failed parse, each with its table, row and field
 * and what is wrong in words ("people[0].phone: at most 200 characters").
 */
export function describeIssues(issues: readonly IssueLike[], prefix: PathPart[] = []): string {
  const shown = issues
    .slice(0, 3)
    .map((issue) => issueText(issue, prefix))
    .join('; ');
  const more = issues.length - 3;
  return more > 0 ? plural('restoreErrorProblemsMore', more, [shown, more]) : shown;
}

function duplicate<T>(
  table: string,
  rows: readonly T[],
  field: 'id' | 'key',
  keyOf: (row: T) => string,
): string | null {
  const seen = new Map<string, number>();
  for (const [i, row] of rows.entries()) {
    const key = keyOf(row);
    const first = seen.get(key);
    if (first !== undefined) {
      return t('restoreErrorDuplicate', [`${table}[${i}].${field}`, field, key, `${table}[${first}]`]);
    }
    seen.set(key, i);
  }
  return null;
}

const byId = (row: { id: string }) => row.id;

/** Problems the row schemas cannot see; the settings row is parsed in place. */
export function checkBackupTables(file: BackupFile): string | null {
  const problem =
    duplicate('people', file.people, 'id', byId) ??
    duplicate('touches', file.touches, 'id', byId) ??
    duplicate('meetings', file.meetings, 'id', byId) ??
    duplicate('templates', file.templates, 'id', byId) ??
    duplicate('clips', file.clips, 'id', byId) ??
    duplicate('meta', file.meta, 'key', (row) => row.key) ??
    duplicate('companies', file.companies, 'key', (row) => row.key) ??
    duplicate('objectives', file.objectives, 'id', byId);
  if (problem) return problem;
  const people = new Set<string>();
  const urls = new Map<string, number>();
  for (const [i, person] of file.people.entries()) {
    people.add(person.id);
    if (!person.profileUrl) continue;
    const first = urls.get(person.profileUrl);
    if (first !== undefined) return t('restoreErrorSameProfile', [`people[${i}].profileUrl`, `people[${first}]`]);
    urls.set(person.profileUrl, i);
  }
  for (const [table, rows] of [
    ['touches', file.touches],
    ['meetings', file.meetings],
  ] as const) {
    for (const [i, row] of rows.entries()) {
      if (!people.has(row.personId)) return t('restoreErrorNoPerson', [`${table}[${i}].personId`, row.personId]);
    }
  }
  for (const [i, row] of file.meta.entries()) {
    if (row.key !== SETTINGS_KEY) continue;
    const settings = Settings.safeParse(row.value);
    if (!settings.success) return describeIssues(settings.error.issues, ['meta', i, 'value']);
    row.value = settings.data;
  }
  return null;
}
