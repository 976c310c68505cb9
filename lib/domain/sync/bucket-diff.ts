/**
 * The contact directory is stored as packed buckets (lib/domain/directory/buckets.ts);
 * sync sees each contact as its own record, keyed by connectionKey. Pure.
 */
import type { Connection } from '@/lib/domain/model/connection';
import { connectionKey } from '@/lib/domain/identity/person-match';
import { diffRecord, type Fields, type LocalChange } from './change';

interface BucketLike {
  contacts?: readonly Connection[];
}

const byKey = (row: BucketLike | undefined) =>
  new Map((row?.contacts ?? []).map((contact) => [connectionKey(contact), contact as unknown as Fields]));

/** The contacts a bucket write added, changed or removed. */
export function diffBuckets(before: BucketLike | undefined, after: BucketLike | undefined): LocalChange[] {
  const old = byKey(before);
  const now = byKey(after);
  const changes: LocalChange[] = [];
  for (const key of new Set([...old.keys(), ...now.keys()])) {
    const change = diffRecord('connections', key, old.get(key), now.get(key));
    if (change) changes.push(change);
  }
  return changes;
}
