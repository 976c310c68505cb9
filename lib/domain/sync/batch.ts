/**
 * The files a device writes: batches of changes and snapshots of the whole
 * merged state, as JSON, gzipped (CompressionStream) and sealed (crypto.ts).
 * A file starts with a small plain header (magic, format version, flags); the
 * rest is ciphertext. A payload from a newer schema than this build knows is
 * refused, never applied. Pure.
 */
import { isSyncedTable, type Change } from './change';
import { seal, unseal } from './crypto';
import { isStamp } from './hlc';
import type { RowState } from './merge';

const MAGIC = [0x49, 0x4e, 0x52, 0x53]; // "INRS"
const FILE_VERSION = 1;
const GZIP = 1;

export interface Batch {
  kind: 'batch';
  /** The database schema version of the device that wrote it. */
  schema: number;
  device: string;
  seq: number;
  changes: Change[];
}

export interface Snapshot {
  kind: 'snapshot';
  schema: number;
  device: string;
  seq: number;
  /** The batches of each device the snapshot includes (its last sequence number). */
  cursors: Record<string, number>;
  rows: RowState[];
}

export type SyncFile = Batch | Snapshot;

/** Why a file could not be used. */
export type FileProblem = 'wrong-key' | 'newer-schema' | 'damaged';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

const canCompress = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** The sealed bytes of a file; `name` is where it is stored (part of what the seal authenticates). */
export async function encodeFile(key: CryptoKey, file: SyncFile, name: string): Promise<Uint8Array> {
  const json = new TextEncoder().encode(JSON.stringify(file));
  const flags = canCompress() ? GZIP : 0;
  const body = flags & GZIP ? await pipe(json, new CompressionStream('gzip')) : json;
  const header = Uint8Array.from([...MAGIC, FILE_VERSION, flags]);
  const sealed = await seal(key, body, `${name}|${[...header].join(',')}`);
  const out = new Uint8Array(header.byteLength + sealed.byteLength);
  out.set(header);
  out.set(sealed, header.byteLength);
  return out;
}

function shapeOk(file: SyncFile): boolean {
  if (typeof file.device !== 'string' || !Number.isInteger(file.seq) || !Number.isInteger(file.schema)) return false;
  if (file.kind === 'batch') {
    return Array.isArray(file.changes) && file.changes.every((c) => isSyncedTable(c?.t) && typeof c.k === 'string' && isStamp(c.h));
  }
  if (file.kind === 'snapshot') {
    return (
      Array.isArray(file.rows) &&
      typeof file.cursors === 'object' &&
      file.rows.every((r) => isSyncedTable(r?.t) && typeof r.k === 'string' && typeof r.c === 'object')
    );
  }
  return false;
}

/**
 * The file's content, or why it cannot be used: sealed with another key,
 * written by a newer schema than `latestSchema`, or damaged.
 */
export async function decodeFile(
  key: CryptoKey,
  bytes: Uint8Array,
  name: string,
  latestSchema: number,
): Promise<{ ok: true; file: SyncFile } | { ok: false; problem: FileProblem }> {
  const header = bytes.subarray(0, MAGIC.length + 2);
  if (bytes.byteLength < header.byteLength || MAGIC.some((b, i) => header[i] !== b)) return { ok: false, problem: 'damaged' };
  if (header[MAGIC.length]! > FILE_VERSION) return { ok: false, problem: 'newer-schema' };
  const body = await unseal(key, bytes.subarray(header.byteLength), `${name}|${[...header].join(',')}`);
  if (!body) return { ok: false, problem: 'wrong-key' };
  try {
    const json = header[MAGIC.length + 1]! & GZIP ? await pipe(body, new DecompressionStream('gzip')) : body;
    const file = JSON.parse(new TextDecoder().decode(json)) as SyncFile;
    if (Number.isInteger(file?.schema) && file.schema > latestSchema) return { ok: false, problem: 'newer-schema' };
    return shapeOk(file) ? { ok: true, file } : { ok: false, problem: 'damaged' };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}
