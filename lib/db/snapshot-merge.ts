import type { Connection, EditableField, Person, ProfileSnapshot } from '../model';
import { mergeConnection } from '../io/connections-plan';

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
  const base: Person = existing ?? {
    id: newId,
    kind: 'candidate',
    name: snapshot.name ?? snapshot.publicId,
    degree: 'unknown',
    mutuals: [],
    notes: '',
    userEdited: [],
    createdAt: now,
    updatedAt: now,
  };
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
  if (snapshot.degree !== 'unknown') next.degree = snapshot.degree;
  if (snapshot.mutualCount !== undefined) next.mutualCount = snapshot.mutualCount;
  if (snapshot.mutuals.length > 0 || snapshot.mutualCount === 0) next.mutuals = snapshot.mutuals;
  return next;
}

/**
 * mergeSnapshot, then what the contact directory knows of the person (their
 * connected-on date, e-mail, position…): 1st degree unless the page shows a
 * degree (the page is fresher than an export).
 */
export function mergeViewedConnection(
  existing: Person | undefined,
  snapshot: ProfileSnapshot,
  connection: Connection | undefined,
  now: number,
  newId: string,
): Person {
  const viewed = mergeSnapshot(existing, snapshot, now, newId);
  if (!connection) return viewed;
  const known = mergeConnection(viewed, connection, now) ?? viewed;
  return snapshot.degree === 'unknown' || known.degree === 'self' ? known : { ...known, degree: snapshot.degree };
}
