import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectionProfileUrl, publicIdOf } from '@/lib/domain/identity/connection-profile-url';
import { parseConnectionsCsv, type ConnectionRow } from '@/lib/domain/formats/connections/connections-csv';
import { parseConnectedOn } from '@/lib/domain/formats/connections/fields';
import { normaliseProfileUrl, publicIdFromProfileUrl } from '@/lib/domain/identity/profile-url';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/connections/${name}`, import.meta.url), 'utf8');
const OLD = fixture('connections-export-2018-no-url-EXCERPT.csv');
const NEW = fixture('connections-export-2024-notes-preamble-url-EXCERPT.csv');

function rowsOf(text: string): ConnectionRow[] {
  const result = parseConnectionsCsv(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.rows;
}

describe('parseConnectionsCsv on the real layouts', () => {
  it('reads the 2018 export (no preamble, no URL column)', () => {
    const result = parseConnectionsCsv(OLD);
    expect(result.ok && result.format).toBe('2018-no-url');
    if (!result.ok) return;
    expect(result.rows).toHaveLength(10);
    expect(result.skipped).toEqual([]);
    // A quoted first name holding a comma; the "last name" is really a headline.
    expect(result.rows[0]).toEqual({
      line: 2,
      firstName: 'Helena Sandqvist,',
      lastName: 'Change Maker - Author-Leadership Coach',
      name: 'Helena Sandqvist, Change Maker - Author-Leadership Coach',
      company: 'Way2Grow.se',
      position: 'CEO and Founder',
      connectedOn: Date.UTC(2018, 10, 20),
    });
    expect(result.rows[1]?.name).toBe('Lucie Ferrand-Araújo');
    expect(result.rows[5]).toMatchObject({
      name: 'Dr. Paula Serrano',
      lastName: 'Serrano',
      company: 'Globalja GmbH - Spanischkurse und Übersetzungen',
      position: 'Translator EN>ES, DE>ES - Spanish teacher - Owner',
    });
    expect(result.rows.every((row) => row.profileUrl === undefined && row.email === undefined)).toBe(true);
  });

  it('reads the newer export (Notes preamble, URL column) and skips the blank member row', () => {
    const result = parseConnectionsCsv(NEW);
    expect(result.ok && result.format).toBe('notes-preamble-url');
    if (!result.ok) return;
    expect(result.rows).toHaveLength(11);
    expect(result.rows[0]).toEqual({
      line: 5,
      firstName: 'Meera',
      lastName: 'Khanna',
      name: 'Meera Khanna',
      profileUrl: 'https://www.linkedin.com/in/meera-khanna-221d6b/',
      company: 'Prepfully',
      position: 'Business Development Manager',
      connectedOn: Date.UTC(2024, 4, 30),
    });
    expect(result.rows.find((row) => row.firstName === 'Harpreet')?.email).toBe('harpreet.k@example.com');
    expect(result.rows.find((row) => row.firstName === 'Mia')?.company).toBe('CivicMinds, Inc');
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]?.line).toBe(16);
    expect(result.skipped[0]?.reason).toMatch(/no name/);
  });

  it.each([
    ['CRLF line ends', (text: string) => text.replace(/\n/g, '\r\n')],
    ['a byte-order mark', (text: string) => `\ufeff${text}`],
    ['BOM and CRLF', (text: string) => `\ufeff${text.replace(/\n/g, '\r\n')}`],
    ['lone CR line ends', (text: string) => text.replace(/\n/g, '\r')],
  ])('gives the same rows with %s', (_name, variant) => {
    expect(rowsOf(variant(NEW))).toEqual(rowsOf(NEW));
    expect(rowsOf(variant(OLD))).toEqual(rowsOf(OLD));
  });

  it('finds columns by name in any order, ignoring unknown ones and header case', () => {
    const text = [
      'connected on,Company,Extra,URL,last name,Position,FIRST NAME,Email Address',
      '01 Mar 2023,Acme,x,https://linkedin.com/in/Jane-Doe?trk=1,Doe,Engineer,Jane,jane@example.org',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      {
        line: 2,
        firstName: 'Jane',
        lastName: 'Doe',
        name: 'Jane Doe',
        profileUrl: 'https://www.linkedin.com/in/jane-doe/',
        email: 'jane@example.org',
        company: 'Acme',
        position: 'Engineer',
        connectedOn: Date.UTC(2023, 2, 1),
      },
    ]);
  });

  it('keeps non-Latin names intact', () => {
    const text = [
      'First Name,Last Name,Email Address,Company,Position,Connected On',
      '伟,张,,腾讯,产品经理,05 Jan 2021',
      'محمد,العلي,,أرامكو,مهندس,06 Jan 2021',
      'Анна,Иванова,,Яндекс,Дизайнер,07 Jan 2021',
      'Zoë,Ñúñez 👩‍💻,,Café Crème,Barista,08 Jan 2021',
    ].join('\r\n');
    expect(rowsOf(text).map((row) => row.name)).toEqual(['伟 张', 'محمد العلي', 'Анна Иванова', 'Zoë Ñúñez 👩‍💻']);
  });

  it('handles quoted fields with quotes and newlines, keeping line numbers right', () => {
    const text = [
      'First Name,Last Name,Email Address,Company,Position,Connected On',
      'Ann,"O""Brien",,"Smith, Jones & Co","Lead\nDesigner",02 Jun 2022',
      'Bob,Lee,,X,Y,02 Jun 2022',
    ].join('\n');
    const rows = rowsOf(text);
    expect(rows[0]).toMatchObject({ lastName: 'O"Brien', company: 'Smith, Jones & Co', position: 'Lead Designer' });
    expect(rows[1]?.line).toBe(4);
  });

  it('skips malformed rows with a reason and keeps the rest', () => {
    const text = [
      'First Name,Last Name,Email Address,Company,Position,Connected On',
      'Short,Row',
      '"Bad"quote,X,,C,P,02 Jun 2022',
      'First Name,Last Name,Email Address,Company,Position,Connected On',
      'Good,Row,not-an-email,C,P,not a date',
      ',,,,,,',
    ].join('\n');
    const result = parseConnectionsCsv(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.rows).toEqual([
      { line: 5, firstName: 'Good', lastName: 'Row', name: 'Good Row', company: 'C', position: 'P' },
    ]);
    expect(result.skipped.map((s) => s.line)).toEqual([2, 3, 4, 6]);
    expect(result.skipped[0]?.reason).toMatch(/expected 6 columns, found 2/);
    expect(result.skipped[1]?.reason).toMatch(/closing quote/);
    expect(result.skipped[2]?.reason).toMatch(/repeated header/);
    expect(result.skipped[3]?.reason).toMatch(/expected 6 columns, found 7/);
  });

  it('accepts a header with no rows', () => {
    expect(parseConnectionsCsv('First Name,Last Name,URL,Email Address,Company,Position,Connected On\n')).toEqual({
      ok: true,
      rows: [],
      skipped: [],
      format: 'notes-preamble-url',
    });
  });

  it('drops URLs that are not LinkedIn member profiles', () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    const urls = [
      'https://evil.example/in/x',
      'javascript:alert(1)',
      'https://www.linkedin.com/company/acme',
      'nonsense',
    ];
    const rows = rowsOf([header, ...urls.map((url, i) => `A${i},B,${url},,C,P,02 Jun 2022`)].join('\n'));
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.profileUrl === undefined)).toBe(true);
  });
});

describe('parseConnectedOn', () => {
  it.each([
    ['02 Jun 2022', Date.UTC(2022, 5, 2)],
    ['2 Jun 2022', Date.UTC(2022, 5, 2)],
    ['02 June 2022', Date.UTC(2022, 5, 2)],
    [' 29 Feb 2024 ', Date.UTC(2024, 1, 29)],
    ['2022-06-02', Date.UTC(2022, 5, 2)],
    ['29 Feb 2023', undefined],
    ['31 Foo 2022', undefined],
    ['', undefined],
    ['June 2, 2022', undefined],
  ])('%j → %s', (text, expected) => {
    expect(parseConnectedOn(text)).toBe(expected);
  });
});

describe('connectionProfileUrl', () => {
  it('its fast paths agree with lib/domain/identity/profile-url on the export’s own form (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{1,100}$/), fc.boolean(), (slug, slash) => {
        const url = `https://www.linkedin.com/in/${slug}${slash ? '/' : ''}`;
        expect(connectionProfileUrl(url)).toBe(normaliseProfileUrl(url) ?? undefined);
        expect(publicIdOf(url)).toBe(publicIdFromProfileUrl(url) ?? undefined);
      }),
    );
  });

  it.each([
    ['https://www.linkedin.com/in/meera-khanna-221d6b', 'https://www.linkedin.com/in/meera-khanna-221d6b/'],
    ['http://se.linkedin.com/in/Jürgen-Müller?trk=x', 'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/'],
    ['https://www.linkedin.com/company/acme', undefined],
    ['https://linkedin.com.evil.example/in/x', undefined],
    ['', undefined],
  ])('%j → %j', (cell, expected) => {
    expect(connectionProfileUrl(cell)).toBe(expected);
  });
});
