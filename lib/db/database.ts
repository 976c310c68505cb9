import { Dexie, type EntityTable } from 'dexie';
import type { Meeting, Person, ResearchClip, Template, Touch } from '../model';

/** A key-value row: the settings record and small bookkeeping (last backup, …). */
export interface MetaRow {
  key: string;
  value: unknown;
}

export type InroadsDb = Dexie & {
  people: EntityTable<Person, 'id'>;
  touches: EntityTable<Touch, 'id'>;
  meetings: EntityTable<Meeting, 'id'>;
  templates: EntityTable<Template, 'id'>;
  clips: EntityTable<ResearchClip, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const DB_NAME = 'inroads';

/**
 * Schema versions are append-only: never edit a released version, add a new
 * `db.version(N)` with an upgrade and a test on seeded data (tests/unit/db).
 */
export const SCHEMA_V1 = {
  // &profileUrl: unique normalised URL (rows without one are not indexed);
  // nextActionAt: the follow-up list; referredById: people referred by a person.
  people: 'id, &profileUrl, name, nextActionAt, referredById, kind, stage, updatedAt',
  // [personId+at]: a person's touches by date.
  touches: 'id, [personId+at], at, kind',
  meetings: 'id, [personId+at], at',
  templates: 'id, moment',
  clips: 'id, savedAt, personId, company',
  meta: 'key',
} as const;

export const LATEST_DB_VERSION = 1;

export function openInroadsDb(name: string = DB_NAME): InroadsDb {
  const db = new Dexie(name) as InroadsDb;
  db.version(1).stores(SCHEMA_V1);
  return db;
}
