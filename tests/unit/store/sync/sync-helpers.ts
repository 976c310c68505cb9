/** Two (or more) devices in fake-indexeddb, and batches carried between them without a server. */
import { openInroadsDb, type InroadsDb } from '@/lib/store/database';
import type { Change } from '@/lib/domain/sync/change';
import { applyIncoming, statesOfChanges } from '@/lib/store/sync/apply';
import { turnSyncOn } from '@/lib/store/sync/setup';
import { batchUploaded, sealedBatches, sealOpenBatch } from '@/lib/store/sync/state';
import { stampOutbox, stampTables } from '@/lib/store/sync/stamp-outbox';

export const NOW = Date.UTC(2025, 2, 13, 10, 0);

export async function testKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** A new database with sync turned on (no server: batches are carried by `carry`). */
export async function device(name = 'device'): Promise<InroadsDb> {
  const db = openInroadsDb(`${name}-${Math.random().toString(36).slice(2)}`);
  await turnSyncOn(db, { folder: 'https://dav.example/files/', user: 'me', password: 'pw', cryptoKey: await testKey(), keysId: 'salt' }, NOW);
  return db;
}

/** Stamps and seals what a device changed; the changes it would upload. */
export async function outgoing(db: InroadsDb, now = NOW): Promise<Change[]> {
  await db.transaction('rw', stampTables(db), async () => stampOutbox(db, now));
  await sealOpenBatch(db);
  const batches = await sealedBatches(db);
  for (const batch of batches) await batchUploaded(db, batch);
  return batches.flatMap((batch) => batch.changes);
}

/** Carries one device's new changes to others. */
export async function carry(from: InroadsDb, to: InroadsDb[], now = NOW): Promise<Change[]> {
  const changes = await outgoing(from, now);
  for (const db of to) await applyIncoming(db, statesOfChanges(changes), now);
  return changes;
}

/** Every device's changes to every other, until nothing new moves. */
export async function exchange(devices: InroadsDb[], now = NOW): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    for (const db of devices) await carry(db, devices.filter((other) => other !== db), now);
  }
}

type Row = Record<string, unknown>;
const SYNCED = ['people', 'touches', 'meetings', 'templates', 'clips', 'connections', 'companies', 'objectives'] as const;

/** The synced tables as rows sorted by key (derived next actions included: each device computes the same). */
export async function tablesOf(db: InroadsDb): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  for (const name of SYNCED) out[name] = (await db.table(name).toArray()) as Row[];
  out.settings = [(await db.meta.get('settings'))?.value as Row].filter(Boolean);
  return out;
}
