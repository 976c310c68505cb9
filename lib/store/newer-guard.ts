import type { DBCore, Dexie, Middleware } from 'dexie';

/** Dexie stores version N as IndexedDB version N × 10 (and may add 1 to repair a schema). */
const IDB_VERSION_FACTOR = 10;

/** The Inroads schema version an IndexedDB version stands for. */
export const schemaVersionOf = (idbVersion: number) => Math.floor(idbVersion / IDB_VERSION_FACTOR);

/**
 * Whether the open database was written by a newer Inroads (a higher schema
 * version than this build knows). Dexie still opens it and deletes nothing;
 * the user is told to update.
 */
export function isNewerDatabase(idbVersion: number | undefined, latestVersion: number): boolean {
  return idbVersion !== undefined && schemaVersionOf(idbVersion) > latestVersion;
}

/** A write refused because a newer Inroads owns the database (classified like IndexedDB's own VersionError). */
export class NewerDatabaseError extends Error {
  override name = 'VersionError';
}

/**
 * Makes a database written by a newer Inroads read-only for this build: rows
 * a newer version shaped are never rewritten by code that does not know their
 * fields. Reading (and a backup) still work; every write is refused with an
 * error the storage banner explains (update Inroads).
 */
export function readOnlyWhenNewer(db: Dexie, latestVersion: number): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'inroads-read-only-when-newer',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(request) {
            return isNewerDatabase(db.backendDB()?.version, latestVersion)
              ? Promise.reject(new NewerDatabaseError('A newer version of Inroads wrote this database.'))
              : table.mutate(request);
          },
        };
      },
    }),
  };
}
