import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConnectionsCsv, type ConnectionRow } from '@/lib/domain/formats/connections/connections-csv';
import { personFromConnection, planConnectionsImport } from '@/lib/domain/directory/plan';
import { Connection, Person } from '@/lib/domain/model';

const NOW = Date.UTC(2024, 5, 1, 12);
const EARLIER = Date.UTC(2024, 0, 1);
const JUNE = Date.UTC(2022, 5, 2);

function person(overrides: Partial<Person> & Pick<Person, 'id' | 'name'>): Person {
  return {
    kind: 'candidate',
    degree: 'unknown',
    mutuals: [],
    notes: '',
    userEdited: [],
    createdAt: EARLIER,
    updatedAt: EARLIER,
    ...overrides,
  };
}

function row(line: number, overrides: Partial<ConnectionRow> = {}): ConnectionRow {
  return {
    line,
    firstName: 'Ann',
    lastName: 'Lee',
    name: 'Ann Lee',
    company: 'Acme',
    position: 'Engineer',
    connectedOn: JUNE,
    ...overrides,
  };
}

const ANN_URL = 'https://www.linkedin.com/in/ann-lee/';

describe('planConnectionsImport', () => {
  it('puts unknown people in the contact directory only: nobody new becomes a person', () => {
    const plan = planConnectionsImport([row(2, { profileUrl: ANN_URL, email: 'ann@example.org' })], [], NOW);
    expect(plan.update).toEqual([]);
    expect(plan.connections).toEqual([
      {
        line: 2,
        connection: {
          name: 'Ann Lee',
          profileUrl: ANN_URL,
          company: 'Acme',
          position: 'Engineer',
          email: 'ann@example.org',
          connectedOn: JUNE,
        },
      },
    ]);
    expect(Connection.parse(plan.connections[0]!.connection)).toEqual(plan.connections[0]!.connection);
  });

  it('makes a 1st-degree candidate of a connection when asked (profile view, target, introducer)', () => {
    const connection = {
      name: 'Ann Lee',
      profileUrl: ANN_URL,
      company: 'Acme',
      email: 'ann@example.org',
      connectedOn: JUNE,
    };
    const made = personFromConnection(connection, NOW, 'new-1');
    expect(made).toEqual({
      id: 'new-1',
      kind: 'candidate',
      name: 'Ann Lee',
      profileUrl: ANN_URL,
      publicId: 'ann-lee',
      company: 'Acme',
      email: 'ann@example.org',
      degree: '1st',
      connectedOn: JUNE,
      mutuals: [],
      notes: '',
      userEdited: [],
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(Person.parse(made)).toEqual(made);
    expect(personFromConnection(connection, NOW, 'new-2', 'target').kind).toBe('target');
  });

  it('updates a known target by URL: becomes 1st degree, stays a target, page fields kept', () => {
    const target = person({
      id: 't1',
      name: 'Ann Lee (page)',
      profileUrl: ANN_URL,
      kind: 'target',
      stage: 'requested',
      degree: '2nd',
      company: 'Acme Corp',
      lastSeenAt: EARLIER,
    });
    const plan = planConnectionsImport([row(2, { profileUrl: ANN_URL, email: 'ann@example.org' })], [target], NOW);
    expect(plan.connections.map((c) => c.personId)).toEqual(['t1']);
    expect(plan.update).toEqual([
      { ...target, degree: '1st', connectedOn: JUNE, position: 'Engineer', email: 'ann@example.org', updatedAt: NOW },
    ]);
  });

  it('replaces name and company of someone never seen on a page, except fields the user edited', () => {
    const known = person({
      id: 'p1',
      name: 'A. Lee',
      company: 'Old Co',
      email: 'mine@x.org',
      profileUrl: ANN_URL,
      userEdited: ['name', 'email'],
    });
    const plan = planConnectionsImport([row(2, { profileUrl: ANN_URL, email: 'ann@example.org' })], [known], NOW);
    expect(plan.update[0]).toMatchObject({ name: 'A. Lee', company: 'Acme', email: 'mine@x.org', degree: '1st' });
  });

  it('matches by name + company ignoring case, accents and punctuation, and adds the URL', () => {
    const known = person({ id: 'p1', name: 'lucie ferrand araujo', company: 'CONNECT CHAIN', lastSeenAt: EARLIER });
    const rows = [
      row(3, {
        name: 'Lucie Ferrand-Araújo',
        company: 'Connect Chain',
        profileUrl: 'https://www.linkedin.com/in/lfa/',
      }),
    ];
    const plan = planConnectionsImport(rows, [known], NOW);
    expect(plan.connections.map((c) => c.personId)).toEqual(['p1']);
    expect(plan.update[0]).toMatchObject({
      id: 'p1',
      profileUrl: 'https://www.linkedin.com/in/lfa/',
      publicId: 'lfa',
      degree: '1st',
    });
  });

  it('never merges two different profile URLs, nor a bare name without company', () => {
    const other = person({
      id: 'p1',
      name: 'Ann Lee',
      company: 'Acme',
      profileUrl: 'https://www.linkedin.com/in/another-ann/',
    });
    const noCompany = person({ id: 'p2', name: 'Bo Chen' });
    const rows = [row(2, { profileUrl: ANN_URL }), row(3, { name: 'Bo Chen', company: undefined })];
    const plan = planConnectionsImport(rows, [other, noCompany], NOW);
    expect(plan.connections.map((c) => [c.connection.name, c.personId])).toEqual([
      ['Ann Lee', undefined],
      ['Bo Chen', undefined],
    ]);
    expect(plan.update).toEqual([]);
  });

  it('updates nobody when a row matches several stored people, and still keeps the connection', () => {
    const twins = [
      person({ id: 'a', name: 'Ann Lee', company: 'Acme' }),
      person({ id: 'b', name: 'ANN LEE', company: 'acme' }),
    ];
    const plan = planConnectionsImport([row(7)], twins, NOW);
    expect(plan.update).toEqual([]);
    expect(plan.skipped).toEqual([]);
    expect(plan.connections).toEqual([
      { line: 7, connection: expect.objectContaining({ name: 'Ann Lee', company: 'Acme' }) },
    ]);
  });

  it('skips duplicates within the file, naming the first line', () => {
    const rows = [
      row(2, { profileUrl: ANN_URL }),
      row(3, { profileUrl: ANN_URL, company: 'Other' }),
      row(4, { name: 'Bo Chen', company: 'Beta' }),
      row(5, { name: 'bo chen', company: 'BETA' }),
      row(6, { name: 'Cy Park', company: undefined }),
      row(7, { name: 'CY PARK', company: undefined }),
    ];
    const plan = planConnectionsImport(rows, [], NOW);
    expect(plan.connections.map((c) => c.connection.name)).toEqual(['Ann Lee', 'Bo Chen', 'Cy Park']);
    expect(plan.skipped).toEqual([
      { line: 3, reason: 'duplicate of line 2 (same profile)' },
      { line: 5, reason: 'duplicate of line 4 (same name and company)' },
      { line: 7, reason: 'duplicate of line 6 (same name, and no profile or company to tell them apart)' },
    ]);
  });

  it('updates a stored person once when a second connection reaches them another way, keeping both connections', () => {
    const known = person({ id: 'p1', name: 'Ann Lee', company: 'Acme', profileUrl: ANN_URL });
    const rows = [row(2, { profileUrl: ANN_URL, name: 'Ann L.' }), row(3)];
    const plan = planConnectionsImport(rows, [known], NOW);
    expect(plan.update).toHaveLength(1);
    expect(plan.skipped).toEqual([]);
    expect(plan.connections.map((c) => [c.line, c.personId])).toEqual([
      [2, 'p1'],
      [3, undefined],
    ]);
  });

  it('changes nobody up to date and never touches the user themself (their rows still go to the directory)', () => {
    const current = person({
      id: 'p1',
      name: 'Ann Lee',
      company: 'Acme',
      position: 'Engineer',
      degree: '1st',
      connectedOn: JUNE,
      profileUrl: ANN_URL,
    });
    const me = person({
      id: 'me',
      name: 'Me Myself',
      company: 'Home',
      degree: 'self',
      connectedOn: JUNE,
      position: 'Engineer',
    });
    const plan = planConnectionsImport(
      [row(2, { profileUrl: ANN_URL }), row(3, { name: 'Me Myself', company: 'Home' })],
      [current, me],
      NOW,
    );
    expect(plan.update).toEqual([]);
    expect(plan.skipped).toEqual([]);
    expect(plan.connections.map((c) => [c.line, c.personId])).toEqual([
      [2, 'p1'],
      [3, 'me'],
    ]);
  });

  it('turns a real export into valid connections (and valid people when asked)', () => {
    const text = readFileSync(
      new URL('../../../fixtures/connections/connections-export-2024-notes-preamble-url-EXCERPT.csv', import.meta.url),
      'utf8',
    );
    const parsed = parseConnectionsCsv(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const plan = planConnectionsImport(parsed.rows, [], NOW);
    expect(plan.connections).toHaveLength(11);
    for (const { connection } of plan.connections) {
      expect(Connection.parse(connection)).toEqual(connection);
      const made = personFromConnection(connection, NOW, 'id');
      expect(Person.parse(made)).toEqual(made);
    }
  });

  it('plans 30,000 rows against 30,000 stored people (maps, not a quadratic search)', () => {
    const stored = Array.from({ length: 30_000 }, (_, i) =>
      person({
        id: `p${i}`,
        name: `Person ${i}`,
        company: `Co ${i % 300}`,
        profileUrl: i % 2 ? `https://www.linkedin.com/in/p-${i}/` : undefined,
      }),
    );
    const rows = Array.from({ length: 30_000 }, (_, i) =>
      row(i + 5, { name: `Person ${i}`, company: `Co ${i % 300}`, profileUrl: `https://www.linkedin.com/in/p-${i}/` }),
    );
    const plan = planConnectionsImport(rows, stored, NOW);
    expect(plan.update).toHaveLength(30_000);
    expect(plan.connections.every((c, i) => c.personId === `p${i}`)).toBe(true);
  });
});
