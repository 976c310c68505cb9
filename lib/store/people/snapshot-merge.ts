import type { Connection, EditableField, Person, ProfileSnapshot } from '@/lib/domain/model';
import { mergeConnection } from '@/lib/domain/directory/plan';
import { newCandidate } from '@/lib/domain/model/new-person';

/** Profile fields a page view may refresh, unless the user edited them. */
const PAGE_FIELDS = ['name', 'headline', 'company', 'location'] as const satisfies readonly EditableField[];

/**
 * A viewed profile as a person: new ones become candidates; a known person
 * (candidate or target) gets the page's degree, mutuals, headline… refreshed,
 * never overwriting what the user edited, and never replacing a known value
 * with "unknown" (the page may simply not have shown it this time).
 */
export function mergeSnapshot(
  existing: Person | undefined,
  snapshot: ProfileSnapshot,
  now: number,
  newId: string,
): Person {
  const base: Person = existing ?? newCandidate(newId, snapshot.name ?? snapshot.publicId, now);
  const next: Person = {
    ...base,
    profileUrl: snapshot.url,
    publicId: snapshot.publicId,
    lastSeenAt: now,
    updatedAt: now,
  };
  if (snapshot.memberUrn) next.memberUrn = snapshot.memberUrn;
  for (const field of PAGE_FIELDS) {
    const value = snapshot[field];
    if (value && !base.userEdited.includes(field)) next[field] = value;
  }
  // A degree the user corrected stands; what the page showed is kept beside it ("LinkedIn now shows 2nd").
  if (snapshot.degree !== 'unknown') {
    next.seenDegree = snapshot.degree;
    if (!base.userEdited.includes('degree')) next.degree = snapshot.degree;
  }
  if (snapshot.mutualCount !== undefined) next.mutualCount = snapshot.mutualCount;
  if (snapshot.mutuals.length > 0 || snapshot.mutualCount === 0) next.mutuals = snapshot.mutuals;
  return next;
}

/**
 * A person with what their directory entry adds (connected-on date, e-mail,
 * position…), or the person unchanged. The entry's 1st degree counts only when
 * no degree is known: a profile page is fresher than an export, and a stale
 * entry stays in the directory after a connection is removed.
 */
export function withConnection(person: Person, connection: Connection | undefined, now: number): Person {
  const known = connection ? mergeConnection(person, connection, now) : null;
  if (!known) return person;
  return person.degree === 'unknown' && !person.userEdited.includes('degree') ? known : { ...known, degree: person.degree };
}

/** mergeSnapshot, then what the contact directory knows of the person (withConnection). */
export function mergeViewedConnection(
  existing: Person | undefined,
  snapshot: ProfileSnapshot,
  connection: Connection | undefined,
  now: number,
  newId: string,
): Person {
  return withConnection(mergeSnapshot(existing, snapshot, now, newId), connection, now);
}
