import { describe, expect, it } from 'vitest';
import { decodeFile, encodeFile, type Batch } from '@/lib/domain/sync/batch';
import { KDF_ITERATIONS, newKeysFile, parseKeysFile, unlockKeysFile } from '@/lib/domain/sync/crypto';

const batch = (schema = 5): Batch => ({
  kind: 'batch',
  schema,
  device: '0f1e2d3c4b5a6978',
  seq: 1,
  changes: [{ t: 'people', k: 'p1', h: '1741168800000.0000000001.0f1e2d3c4b5a6978', set: { name: 'Jane Roe', phone: '+44 20 7946 0000' }, text: { notes: { v: 'Met at the fair', drop: [] } } }],
});

describe('sync encryption', () => {
  it('keys.json: PBKDF2-SHA-256 with 600,000 iterations and a random salt; the right passphrase opens the check value, a wrong one does not', async () => {
    const { file, key } = await newKeysFile('correct horse battery staple');
    expect(file.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: KDF_ITERATIONS });
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect((await newKeysFile('correct horse battery staple')).file.kdf.salt).not.toBe(file.kdf.salt);
    const parsed = parseKeysFile(JSON.stringify(file))!;
    expect(await unlockKeysFile(parsed, 'correct horse battery stapler')).toBeUndefined();
    const again = (await unlockKeysFile(parsed, 'correct horse battery staple'))!;
    const bytes = await encodeFile(key, batch(), 'inroads-sync/devices/0f1e2d3c4b5a6978/0000000001.bin');
    expect(await decodeFile(again, bytes, 'inroads-sync/devices/0f1e2d3c4b5a6978/0000000001.bin', 5)).toEqual({ ok: true, file: batch() });
  }, 60_000); // Three 600,000-iteration derivations: seconds on a busy 2-core machine.

  it('refuses keys.json files that are not Inroads’ or ask for too few iterations', async () => {
    const { file } = await newKeysFile('correct horse battery staple');
    expect(parseKeysFile('{"format":"x"}')).toBeUndefined();
    expect(parseKeysFile('not json')).toBeUndefined();
    expect(parseKeysFile(JSON.stringify({ ...file, kdf: { ...file.kdf, iterations: 1000 } }))).toBeUndefined();
  });

  it('a batch is unreadable with another key, under another name, or changed by one bit; its bytes hold no plain text', async () => {
    const { key } = await newKeysFile('correct horse battery staple');
    const { key: other } = await newKeysFile('correct horse battery staple');
    const name = 'inroads-sync/devices/0f1e2d3c4b5a6978/0000000001.bin';
    const bytes = await encodeFile(key, batch(), name);
    expect(await decodeFile(other, bytes, name, 5)).toEqual({ ok: false, problem: 'wrong-key' });
    expect(await decodeFile(key, bytes, name.replace('01.bin', '02.bin'), 5)).toEqual({ ok: false, problem: 'wrong-key' });
    const flipped = Uint8Array.from(bytes);
    flipped[flipped.length - 5]! ^= 1;
    expect(await decodeFile(key, flipped, name, 5)).toEqual({ ok: false, problem: 'wrong-key' });
    expect(await decodeFile(key, bytes.subarray(0, 10), name, 5)).toMatchObject({ ok: false });
    const text = Buffer.from(bytes).toString('latin1');
    for (const secret of ['Jane', 'Roe', '7946', 'fair', 'people', 'notes']) expect(text).not.toContain(secret);
  });

  it('a device with an older schema refuses data written by a newer one, saying so', async () => {
    const { key } = await newKeysFile('correct horse battery staple');
    const name = 'inroads-sync/devices/0f1e2d3c4b5a6978/0000000001.bin';
    expect(await decodeFile(key, await encodeFile(key, batch(6), name), name, 5)).toEqual({ ok: false, problem: 'newer-schema' });
    expect(await decodeFile(key, await encodeFile(key, batch(5), name), name, 6)).toMatchObject({ ok: true });
  });
});
