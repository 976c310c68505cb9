import { openInroadsDb, type InroadsDb } from './database';

export * from './database';

let shared: InroadsDb | undefined;

/** The extension's one database handle (background and extension pages). */
export function getDb(): InroadsDb {
  shared ??= openInroadsDb();
  return shared;
}
