import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, type BackupErrorCode } from '@/lib/domain/formats/backup/backup';
import { sampleTables } from './backup-sample';

const NOW = Date.UTC(2024, 4, 30);
type Json = Record<string, unknown> & { people: Record<string, unknown>[] };
const fresh = (): Json => JSON.parse(JSON.stringify(buildBackup(sampleTables(), NOW))) as Json;

function refusal(text: string): { code: BackupErrorCode; message: string } {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

function forged(change: (file: Json) => void): { code: BackupErrorCode; message: string } {
  const file = fresh();
  change(file);
  return refusal(JSON.stringify(file));
}

describe('parseBackup refuses hostile or damaged files', () => {
  it.each([
    ['truncated', JSON.stringify(buildBackup(sampleTables(), NOW)).slice(0, -25)],
    ['empty', ''],
    ['plain text', 'hello'],
    ['a CSV', 'First Name,Last Name\nA,B'],
  ])('not JSON: %s', (_name, text) => {
    expect(refusal(text).code).toBe('not-json');
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a number', '42'],
    ['another format', '{"format":"someone-else","version":1}'],
    ['no format', JSON.stringify({ ...fresh(), format: undefined })],
  ])('not an Inroads backup: %s', (_name, text) => {
    expect(refusal(text).code).toBe('not-inroads');
  });

  it('a newer version is too new, with a message saying to update', () => {
    const error = forged((file) => (file.version = 5));
    expect(error).toEqual({
      code: 'too-new',
      message: expect.stringMatching(/newer Inroads \(file version 5; this one reads up to 4\)/),
    });
  });

  it.each([
    ['version as a string', (f: Json) => (f.version = '1'), /"version"/],
    ['a fractional version', (f: Json) => (f.version = 1.5), /"version"/],
    ['a person name as a number', (f: Json) => (f.people[1]!.name = 42), /people\[1\]\.name: must be text/],
    ['an unknown touch kind', (f: Json) => ((f.touches as Json[])[0]!.kind = 'hack'), /touches\[0\]\.kind/],
    [
      'a referral with a numeric person id',
      (f: Json) => (((f.meetings as Json[])[0]!.referrals as Json[])[0]!.personId = 5),
      /meetings\[0\]\.referrals\[0\]\.personId/,
    ],
    ['a missing table', (f: Json) => delete f.clips, /^The backup is damaged: clips: /],
    ['a table that is not an array', (f: Json) => (f.templates = {}), /templates: /],
    ['a bad export date', (f: Json) => (f.exportedAt = 'yesterday'), /exportedAt/],
    ['a huge string', (f: Json) => (f.people[0]!.name = 'x'.repeat(301)), /people\[0\]\.name: .*300/],
    [
      'settings of the wrong type',
      (f: Json) => (((f.meta as Json[])[0]!.value as Json).minutes = 'twenty'),
      /meta\[0\]\.value\.minutes/,
    ],
    ['an empty meta key', (f: Json) => ((f.meta as Json[])[1]!.key = ''), /meta\[1\]\.key/],
    [
      'duplicate person ids',
      (f: Json) => (f.people[1]!.id = 'p1'),
      /people\[1\]\.id: duplicate id "p1" \(also people\[0\]\)/,
    ],
    [
      'duplicate meta keys',
      (f: Json) => ((f.meta as Json[])[1]!.key = 'settings'),
      /meta\[1\]\.key: duplicate key "settings"/,
    ],
    [
      'duplicate profile URLs',
      (f: Json) => (f.people[1]!.profileUrl = f.people[0]!.profileUrl),
      /people\[1\]\.profileUrl: same profile as people\[0\]/,
    ],
    [
      'a touch for nobody',
      (f: Json) => ((f.touches as Json[])[0]!.personId = 'ghost'),
      /touches\[0\]\.personId: no person with id "ghost"/,
    ],
    ['no connections table', (f: Json) => delete f.connections, /^The backup is damaged: connections: /],
    ['a connection without a name', (f: Json) => delete (f.connections as Json[])[1]!.name, /connections\[1\]\.name/],
    ['a connection name as a number', (f: Json) => ((f.connections as Json[])[0]!.name = 7), /connections\[0\]\.name/],
    [
      'a connection date as text',
      (f: Json) => ((f.connections as Json[])[0]!.connectedOn = '3 May 2021'),
      /connections\[0\]\.connectedOn/,
    ],
    [
      'a connection company too long',
      (f: Json) => ((f.connections as Json[])[1]!.company = 'x'.repeat(301)),
      /connections\[1\]\.company: .*300/,
    ],
    [
      'a connection profile URL too long',
      (f: Json) => ((f.connections as Json[])[0]!.profileUrl = `https://www.linkedin.com/in/${'x'.repeat(2100)}/`),
      /connections\[0\]\.profileUrl/,
    ],
    [
      'a meeting for nobody',
      (f: Json) => ((f.meetings as Json[])[0]!.personId = 'ghost'),
      /meetings\[0\]\.personId: no person/,
    ],
  ])('invalid: %s', (_name, change, message) => {
    const error = forged(change);
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(message);
  });

  it('lists several problems but not hundreds', () => {
    const error = forged((file) => file.people.forEach((p) => (p.name = 1)));
    expect(error.message).toMatch(/people\[0\]\.name: .*; people\[1\]\.name: /);
    const many = forged((file) => {
      file.people = Array.from({ length: 100 }, (_, i) => ({ id: `x${i}` }));
    });
    expect(many.message.length).toBeLessThan(600);
    expect(many.message).toMatch(/and \d+ more/);
  });
});

describe('parseBackup and prototype pollution', () => {
  const polluters = [
    ['in a person row', (text: string) => text.replace('{"id":"p1"', '{"__proto__":{"polluted":"yes"},"id":"p1"')],
    [
      'in a meta value',
      (text: string) => text.replace('"value":123', '"value":{"__proto__":{"polluted":"yes"},"n":1}'),
    ],
    ['at the top level', (text: string) => text.replace('{"format"', '{"__proto__":{"polluted":"yes"},"format"')],
    [
      'behind a \\u escape',
      (text: string) => text.replace('"value":123', '"value":{"\\u005f_proto__":{"polluted":"yes"}}'),
    ],
    [
      'as constructor.prototype',
      (text: string) => text.replace('"value":123', '"value":{"constructor":{"prototype":{"polluted":"yes"}}}'),
    ],
  ] as const;

  it.each(polluters)('a __proto__ key %s pollutes nothing', (_name, inject) => {
    const text = inject(JSON.stringify(buildBackup(sampleTables(), NOW)));
    expect(text).toMatch(/proto/);
    const result = parseBackup(text);
    if (!result.ok) throw new Error(result.error.message);
    const copies = [
      Object.assign({}, result.tables.people[0]),
      Object.assign({}, result.tables.meta[1]?.value),
      Object.assign({}, result.backup),
      { ...(result.tables.meta[1]?.value as object) },
    ];
    for (const copy of copies) {
      expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
      expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(result.tables.people[0], '__proto__')).toBe(false);
    expect(result.tables.people[0]).toEqual(sampleTables().people[0]);
  });
});
