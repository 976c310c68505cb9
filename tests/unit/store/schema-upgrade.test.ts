import { describe, expect, it } from 'vitest';
import { connectionOfPerson } from '@/lib/domain/directory/buckets';
import { connectionByUrl, connectionsByName, loadConnections } from '@/lib/store/directory/connections';
import { LATEST_DB_VERSION, openInroadsDb, SCHEMA_VERSIONS } from '@/lib/store/database';
import { connectionKey } from '@/lib/domain/identity/person-match';
import type { Person } from '@/lib/domain/model';
import { loadDbFixtures, storesOfVersion, type DbFixture } from '../../fixtures/db/db-fixtures';
import { createRawDb, DEXIE_VERSION_FACTOR, deleteRawDb, dumpRawDb } from '../../fixtures/db/raw-idb';

const fixtures = loadDbFixtures();
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The fields the upgrades after `version` document as changed, per table. */
function changedSince(version: number): Map<string, Set<string>> {
  const changed = new Map<string, Set<string>>();
  for (const later of SCHEMA_VERSIONS.filter((entry) => entry.version > version)) {
    for (const [table, fields] of Object.entries(later.changes ?? {})) {
      changed.set(table, new Set([...(changed.get(table) ?? []), ...fields]));
    }
  }
  return changed;
}

const without = (row: unknown, fields: ReadonlySet<string> | undefined) =>
  Object.fromEntries(Object.entries(row as object).filter(([field]) => !fields?.has(field)));

describe('schema versions', () => {
  it('are numbered 1 … LATEST_DB_VERSION, in order, with an upgrade for every version after the first', () => {
    expect(SCHEMA_VERSIONS.map((entry) => entry.version)).toEqual(range(1, LATEST_DB_VERSION));
    for (const entry of SCHEMA_VERSIONS.slice(1))
      expect(typeof entry.upgrade, `version ${entry.version}`).toBe('function');
  });

  it('each have a checked-in fixture database (tests/fixtures/db/v<N>.json, made by scripts/make-db-fixture.ts)', () => {
    expect(fixtures.map((fixture) => fixture.file)).toEqual(range(1, LATEST_DB_VERSION).map((v) => `v${v}.json`));
  });
});

describe.each(fixtures.map((fixture) => [fixture.file, fixture] as [string, DbFixture]))(
  'the fixture %s',
  (_file, fixture) => {
    it('was made at its version and has rows in every store, so every table is exercised', () => {
      expect(fixture.idbVersion).toBe(fixture.version * DEXIE_VERSION_FACTOR);
      for (const store of Object.keys(fixture.stores)) expect(fixture.rows[store]?.length, store).toBeGreaterThan(0);
    });

    it('matches its version in SCHEMA_VERSIONS exactly (a released schema is never edited)', () => {
      expect(storesOfVersion(fixture.version)).toEqual(fixture.stores);
    });

    it('upgrades to the newest version with equal row counts and every field the upgrades do not document unchanged', async () => {
      const name = `inroads-upgrade-${fixture.version}-${Math.random().toString(36).slice(2)}`;
      await createRawDb(name, fixture.idbVersion, storesOfVersion(fixture.version), fixture.rows);
      const db = openInroadsDb(name);
      await db.open();
      // The newest version, reached by the declared upgrades only (no repair of a schema Dexie did not expect).
      expect(db.backendDB().version).toBe(LATEST_DB_VERSION * DEXIE_VERSION_FACTOR);
      db.close();

      const after = await dumpRawDb(name);
      expect(after.stores).toEqual(storesOfVersion(LATEST_DB_VERSION));
      const changed = changedSince(fixture.version);
      for (const [table, rows] of Object.entries(fixture.rows)) {
        const keyPath = after.stores[table]?.keyPath;
        expect(typeof keyPath, `${table} keeps a single-field key`).toBe('string');
        const upgraded = new Map(
          (after.rows[table] ?? []).map((row) => [(row as Record<string, unknown>)[keyPath as string], row]),
        );
        expect(upgraded.size, `${table} rows`).toBe(rows.length);
        for (const row of rows) {
          const key = (row as Record<string, unknown>)[keyPath as string];
          expect(upgraded.has(key), `${table} ${String(key)}`).toBe(true);
          expect(without(upgraded.get(key), changed.get(table)), `${table} ${String(key)}`).toStrictEqual(
            without(row, changed.get(table)),
          );
        }
      }
      await deleteRawDb(name);
    });
  },
);

describe('the version 3 upgrade', () => {
  it.each(
    fixtures.filter((fixture) => fixture.version < 3).map((fixture) => [fixture.file, fixture] as [string, DbFixture]),
  )(
    'puts everyone %s had imported from Connections.csv into the contact directory, people unchanged',
    async (_file, fixture) => {
      const name = `inroads-v3-${fixture.version}-${Math.random().toString(36).slice(2)}`;
      await createRawDb(name, fixture.idbVersion, storesOfVersion(fixture.version), fixture.rows);
      const db = openInroadsDb(name);
      const imported = (fixture.rows.people as Person[]).filter((person) => person.connectedOn !== undefined);
      expect(imported.length).toBeGreaterThan(0);
      const directory = await loadConnections(db);
      expect(directory.map(connectionKey).sort()).toEqual(imported.map(connectionKey).sort());
      for (const person of imported) {
        const connection = (await connectionsByName(db, [person.name])).find(
          (c) => connectionKey(c) === connectionKey(person),
        );
        expect(connection, person.name).toEqual(connectionOfPerson(person));
        if (person.profileUrl) expect(await connectionByUrl(db, person.profileUrl)).toEqual(connection);
      }
      expect(await db.people.count()).toBe(fixture.rows.people!.length);
      db.close();
      await deleteRawDb(name);
    },
  );
});
