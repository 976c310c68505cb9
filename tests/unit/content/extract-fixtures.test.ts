// @vitest-environment node
/**
 * Every page in tests/fixtures/linkedin/expected.json (real, anonymised) and
 * synthetic/expected.json (2025-2026 layouts) must extract to exactly the
 * values listed there; a null value must be absent AND named in `missing`.
 */
import { describe, expect, it } from 'vitest';
import {
  classifyPage,
  extractProfile,
  isTopCardReady,
  publicIdFromProfileUrl,
  SNAPSHOT_FIELDS,
} from '@/lib/content/read';
import { ProfileSnapshot } from '@/lib/domain/model/snapshot';
import { FIXTURES, loadExpected, parse, readPage, SYNTHETIC, type ExpectedPage } from './fixture-pages';

const SCALARS = [
  'pageKind',
  'name',
  'headline',
  'company',
  'location',
  'degree',
  'mutualCount',
  'primaryAction',
  'memberUrn',
  'mutualsSearchUrl',
] as const;

function check(dir: string, file: string, expected: ExpectedPage): void {
  const doc = parse(readPage(dir + file), expected.url);
  const snapshot = extractProfile(doc, expected.url);

  expect(ProfileSnapshot.safeParse(snapshot).success).toBe(true);
  expect(snapshot.url).toBe(expected.url);
  expect(snapshot.publicId).toBe(publicIdFromProfileUrl(expected.url) ?? '');
  for (const field of SCALARS) {
    if (!(field in expected)) continue;
    const want = expected[field];
    expect(snapshot[field] ?? null, field).toBe(want);
    if (want === null) expect(snapshot.missing, `${field} listed as missing`).toContain(field);
  }
  if (expected.degree === 'unknown') expect(snapshot.missing).toContain('degree');
  expect(snapshot.mutuals.map((m) => m.name)).toEqual(expected.mutualNames);
  if (expected.mutualUrls) expect(snapshot.mutuals.map((m) => m.url)).toEqual(expected.mutualUrls);

  // `missing` names exactly the fields that are absent.
  for (const field of SNAPSHOT_FIELDS) {
    const absent =
      field === 'degree'
        ? snapshot.degree === 'unknown'
        : field === 'mutuals'
          ? snapshot.mutuals.length === 0
          : snapshot[field] === undefined;
    expect(snapshot.missing.includes(field), `missing vs ${field}`).toBe(absent);
  }

  expect(classifyPage(doc, expected.url)).toBe(expected.pageKind);
  expect(isTopCardReady(doc, expected.url)).toBe(expected.ready ?? expected.pageKind !== 'not-profile');
}

describe.each([
  ['real (anonymised) pages', FIXTURES],
  ['synthetic 2025-2026 pages', SYNTHETIC],
])('extractProfile on %s', (_label, dir) => {
  const pages = loadExpected(dir);

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  it.each(pages)('%s', (file, expected) => {
    check(dir, file, expected);
  });
});
