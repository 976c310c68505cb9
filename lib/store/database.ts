import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { readOnlyWhenNewer } from './newer-guard';
import { captureChanges } from './sync/capture';
import type { OutboxRow, SyncStateRow } from './sync/tables';
import type { RowState } from '@/lib/domain/sync/merge';
import { derivedKeys } from './derived-keys';
import type * as UpgradesModule from './upgrades';
import type { Company, Meeting, ObjectiveRecord, Person, ResearchClip, Template, Touch } from '@/lib/domain/model';
import type { ConnectionBucket } from '@/lib/domain/directory/buckets';

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
  connections: EntityTable<ConnectionBucket, 'bucket'>;
  companies: EntityTable<Company, 'key'>;
  objectives: EntityTable<ObjectiveRecord, 'id'>;
  /** Sync (local-only, never in backups): changes not yet stamped, merge state per record, sync's own state. */
  outbox: EntityTable<OutboxRow, 'id'>;
  syncRows: EntityTable<RowState, 'id'>;
  syncState: Table<SyncStateRow, string>;
};

export const DB_NAME = 'inroads';

/**
 * Schema versions are append-only: never edit a released version; add a new
 * entry to SCHEMA_VERSIONS (with its upgrade and the fields it changes) and a
 * fixture of the new version (tests/fixtures/db/README.md).
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

/**
 * Version 2 drops the indexes nothing queries (touches by kind, meetings by
 * date, templates by moment): every touch written fills one index less, which
 * is most of a restore's 50,000 touches. Rows are unchanged.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  touches: 'id, [personId+at], at',
  meetings: 'id, [personId+at]',
  templates: 'id',
} as const;

/**
 * Version 3 adds the contact directory: Connections.csv contacts packed in
 * buckets (connection-buckets.ts), found by bucket (profile URL) or by name.
 * The upgrade copies people imported before it into the directory; people
 * rows are unchanged. It also drops the touches-by-date index.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  // Touches by date served only the backup nudge, which now goes by people's
  // updatedAt (logging a touch updates its person): one index less to fill for
  // each of a restore's 50,000 touches (about 1.5 s in Chromium).
  touches: 'id, [personId+at]',
  connections: 'bucket, *nameKeys',
} as const;

/**
 * Version 4 stores codes, not sentences: next-action reasons and the notes
 * Inroads writes are a code and its parameters, worded when shown
 * (upgrade-v4.ts converts existing rows). Indexes are unchanged.
 */
export const SCHEMA_V4 = SCHEMA_V3;

/**
 * Version 5 keeps every row within what may be stored (the schemas a restore
 * enforces): only dates within 1990–2200, drafts under a key of fixed length
 * (upgrade-v5.ts repairs existing rows). Indexes are unchanged.
 */
export const SCHEMA_V5 = SCHEMA_V4;

/**
 * Version 6 adds companies and objectives: the user's target companies (by
 * company key, with the keys of spellings merged into them) and objective
 * lists; people get their derived `companyKey` (derived-keys.ts) and
 * `objectiveId` indexed, and directory buckets a multi-entry `companyKeys`
 * index, so "who do I know at …" reads an index, not the whole directory.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  people: `${SCHEMA_V1.people}, companyKey, objectiveId`,
  connections: 'bucket, *nameKeys, *companyKeys',
  companies: 'key, *aliases',
  objectives: 'id',
} as const;

/**
 * Version 7 adds sync's local tables (lib/store/sync/tables.ts): the changes
 * captured and not yet stamped, the merge state of every synced record, and
 * sync's own state (device, clock, cursors, status). They stay on this
 * device: backups never hold them. No existing row changes.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  outbox: '++id',
  syncRows: 'id',
  syncState: 'key',
} as const;

type Upgrades = typeof UpgradesModule;

/**
 * An upgrade loaded when a database needs it (upgrades.ts): its code stays out
 * of the pages' first paint. Dexie.waitFor keeps the upgrade transaction alive
 * while the module loads (IndexedDB would otherwise commit it as idle).
 */
const loaded =
  (pick: (upgrades: Upgrades) => (tx: Transaction) => Promise<void>) =>
  (tx: Transaction): Promise<void> =>
    Dexie.waitFor(import('./upgrades')).then((upgrades) => pick(upgrades)(tx));

/** One released schema version: its stores (Dexie syntax) and how rows get there from the version before. */
export interface SchemaVersion {
  version: number;
  stores: Readonly<Record<string, string>>;
  /** Rewrites rows of the previous version (none for version 1). */
  upgrade?: (tx: Transaction) => Promise<void>;
  /**
   * The fields the upgrade adds, rewrites or removes, per table: the upgrade
   * test (tests/unit/store/schema-upgrade.test.ts) requires every other field of
   * every row of each older fixture (tests/fixtures/db/) to come through unchanged.
   */
  changes?: Readonly<Record<string, readonly string[]>>;
}

/** Every schema version, oldest first: shared by openInroadsDb and the upgrade tests. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  // Indexes only: IndexedDB drops them; no row is read or rewritten.
  { version: 2, stores: SCHEMA_V2, upgrade: async () => {}, changes: {} },
  // A new table, filled from people, and one index dropped; no existing row is rewritten.
  { version: 3, stores: SCHEMA_V3, upgrade: loaded((u) => u.copyImportedPeople), changes: {} },
  // Rows rewritten: reasons and app-written notes become codes.
  {
    version: 4,
    stores: SCHEMA_V4,
    upgrade: loaded((u) => u.codesNotSentences),
    changes: { people: ['nextAction', 'nextActionAt'], touches: ['note', 'appNote'] },
  },
  // Rows repaired: dates outside 1990–2200; drafts keyed by a hash of the URL (only `draft:` rows change key).
  {
    version: 5,
    stores: SCHEMA_V5,
    upgrade: loaded((u) => u.withinStoredLimits),
    changes: {
      people: [
        'nextAction',
        'nextActionAt',
        'connectedOn',
        'snoozedUntil',
        'targetedAt',
        'lastSeenAt',
        'createdAt',
        'updatedAt',
      ],
      touches: ['note', 'appNote', 'at', 'promisedFollowUpAt', 'createdAt'],
      meetings: ['at', 'notesWrittenAt', 'referrals', 'createdAt', 'updatedAt'],
      clips: ['savedAt'],
      connections: ['contacts'],
      meta: ['value'],
    },
  },
  // Two new tables; people and directory buckets get their company keys.
  {
    version: 6,
    stores: SCHEMA_V6,
    upgrade: loaded((u) => u.companyIndex),
    changes: { people: ['companyKey'], connections: ['companyKeys'] },
  },
  // New tables only; no existing row is read or rewritten.
  { version: 7, stores: SCHEMA_V7, upgrade: async () => {}, changes: {} },
];

export const LATEST_DB_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export function openInroadsDb(name: string = DB_NAME): InroadsDb {
  const db = new Dexie(name) as InroadsDb;
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  db.use(readOnlyWhenNewer(db, LATEST_DB_VERSION));
  // Registered after the guard, so it wraps it: a refused write is never captured.
  db.use(captureChanges());
  // Outermost: capture sees rows with their derived keys.
  db.use(derivedKeys());
  return db;
}
