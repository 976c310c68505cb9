// `npx tsx scripts/make-db-fixture.ts`: writes tests/fixtures/db/v<N>.json for
// the newest schema version N — a raw dump (every object store's shape and
// rows, read with plain IndexedDB) of a realistic database made with the app's
// own functions (tests/fixtures/db/realistic-db.ts) in fake-indexeddb.
// Released fixtures are frozen: an existing file is kept unless --force.
// Ids come from a seeded counter, so running it twice gives the same file.
import 'fake-indexeddb/auto';
import { existsSync, writeFileSync } from 'node:fs';
import { LATEST_DB_VERSION, openInroadsDb } from '@/lib/store/database';
import { dumpRawDb } from '../tests/fixtures/db/raw-idb';
import { installNodeI18n } from '../tests/i18n-messages';
import { fillRealisticDb, FIXTURE_NOW } from '../tests/fixtures/db/realistic-db';

const out = new URL(`../tests/fixtures/db/v${LATEST_DB_VERSION}.json`, import.meta.url);
if (existsSync(out) && !process.argv.includes('--force')) {
  console.error(
    `${out.pathname} exists: a released version's fixture never changes (use --force while it is unreleased).`,
  );
  process.exit(1);
}

// Texts the app stores (e.g. a next action's reason) in English, as in the browser.
installNodeI18n();

let nextId = 0;
Object.defineProperty(globalThis.crypto, 'randomUUID', {
  configurable: true,
  value: () => `00000000-0000-4000-8000-${(nextId += 1).toString(16).padStart(12, '0')}`,
});

/** Throws on anything JSON would change or drop, so the file is the database exactly. */
function assertJsonSafe(value: unknown, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path}: ${value} does not survive JSON.`);
    return;
  }
  if (Array.isArray(value)) return value.forEach((item, i) => assertJsonSafe(item, `${path}[${i}]`));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) throw new Error(`${path}.${key} is undefined: JSON would drop it.`);
      assertJsonSafe(item, `${path}.${key}`);
    }
    return;
  }
  throw new Error(`${path}: ${String(value)} does not survive JSON.`);
}

const name = 'inroads-fixture';
const db = openInroadsDb(name);
await fillRealisticDb(db, FIXTURE_NOW);
db.close();
const dump = await dumpRawDb(name);
assertJsonSafe(dump.rows, 'rows');
const fixture = {
  version: LATEST_DB_VERSION,
  about: 'A realistic Inroads database at this schema version; made by scripts/make-db-fixture.ts (see README.md).',
  madeAt: new Date(FIXTURE_NOW).toISOString(),
  idbVersion: dump.idbVersion,
  stores: dump.stores,
  rows: dump.rows,
};
writeFileSync(out, `${JSON.stringify(fixture, null, 2)}\n`);
const counts = Object.entries(dump.rows).map(([table, rows]) => `${table} ${rows.length}`);
console.log(`Wrote ${out.pathname}: ${counts.join(', ')}.`);
