import { describe, expect, it, vi } from 'vitest';
import { describeStorageError, isNewerDatabase } from '@/lib/store/storage-errors';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { logTouch } from '@/lib/store/history/touches';
import { freshDb } from '../helpers';
import { T0 } from './import-fixtures';

const named = (name: string) => Object.assign(new Error(name), { name });

describe('storage faults', () => {
  it.each([
    ['QuotaExceededError', 'quota', true],
    ['AbortError', 'aborted', false],
    ['VersionError', 'newer-database', false],
    ['DatabaseClosedError', 'unavailable', false],
    ['UnknownError', undefined, undefined],
  ])('classifies %s', (name, kind, offerBackup) => {
    const problem = describeStorageError(named(name));
    expect(problem?.kind).toBe(kind);
    if (problem) expect(problem.offerBackup).toBe(offerBackup);
  });

  it('finds the cause inside a wrapping Dexie error', () => {
    const wrapped = Object.assign(named('OpenFailedError'), { inner: named('VersionError') });
    expect(describeStorageError(wrapped)?.kind).toBe('newer-database');
  });

  it.each(['QuotaExceededError', 'AbortError', 'UnknownError'])(
    'a %s while logging a touch leaves every stored row as it was',
    async (name) => {
      const db = freshDb();
      const person = await addTarget(db, { profileUrl: 'https://www.linkedin.com/in/ana/', name: 'Ana' }, T0 + 1000);
      await logTouch(db, { personId: person.id, kind: 'request', at: T0 + 1000, channel: 'email' }, T0 + 1000);
      const before = { people: await db.people.toArray(), touches: await db.touches.toArray() };
      vi.spyOn(db.touches, 'add').mockRejectedValueOnce(named(name));
      await expect(logTouch(db, { personId: person.id, kind: 'follow-up', at: T0 + 2000, channel: 'email' }, T0 + 2000)).rejects.toThrow();
      expect({ people: await db.people.toArray(), touches: await db.touches.toArray() }).toEqual(before);
    },
  );

  it('recognises a database written by a newer Inroads', () => {
    expect(isNewerDatabase(10, 1)).toBe(false);
    expect(isNewerDatabase(20, 1)).toBe(true);
    expect(isNewerDatabase(undefined, 1)).toBe(false);
  });
});
