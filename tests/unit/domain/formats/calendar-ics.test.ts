import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followUpsToIcs, icsUid, type CalendarEntry } from '@/lib/domain/formats/calendar/ics';
import { escapeIcsText, foldIcsLine } from '@/lib/domain/formats/calendar/ics-text';

const NOW = Date.UTC(2024, 4, 30, 8, 0, 0);
const octets = (line: string) => new TextEncoder().encode(line).length;
/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

const meeting: CalendarEntry = {
  uid: 'meeting-m1',
  kind: 'meeting',
  title: 'Informational interview with Ann Lee',
  description: 'Phone — ask: how did you start?\nThen: who else should I talk to?',
  start: Date.UTC(2024, 5, 4, 14, 30),
  end: Date.UTC(2024, 5, 4, 14, 50),
  url: 'https://www.linkedin.com/in/ann-lee/',
};
const followUp: CalendarEntry = {
  uid: 'follow-up-p1',
  kind: 'follow-up',
  title: 'Follow up with Bo, Chen; re: "coffee" \\ notes',
  start: Date.UTC(2024, 5, 6, 10),
  allDay: true,
};

describe('followUpsToIcs', () => {
  const ics = followUpsToIcs([meeting, followUp], NOW, { timeZone: 'UTC' });
  const lines = unfold(ics).split('\r\n');

  it('is a VCALENDAR with the required properties, CRLF line ends only', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Inroads//')).toBe(true);
    expect(lines).toContain('CALSCALE:GREGORIAN');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
  });

  it('writes a timed meeting in UTC with a 15-minute alarm', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'UID:meeting-m1@inroads.local',
        'DTSTAMP:20240530T080000Z',
        'DTSTART:20240604T143000Z',
        'DTEND:20240604T145000Z',
        'SUMMARY:Informational interview with Ann Lee',
        'DESCRIPTION:Phone — ask: how did you start?\\nThen: who else should I talk to?',
        'URL:https://www.linkedin.com/in/ann-lee/',
        'TRIGGER:-PT15M',
      ]),
    );
  });

  it('writes an all-day follow-up as DATE values with a morning reminder, escaping TEXT', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'UID:follow-up-p1@inroads.local',
        'DTSTART;VALUE=DATE:20240606',
        'DTEND;VALUE=DATE:20240607',
        'TRANSP:TRANSPARENT',
        'SUMMARY:Follow up with Bo\\, Chen\\; re: "coffee" \\\\ notes',
        'TRIGGER:PT9H',
      ]),
    );
  });

  it('reads all-day dates in the given zone', () => {
    const late = { ...followUp, start: Date.UTC(2024, 5, 6, 23, 30) };
    expect(unfold(followUpsToIcs([late], NOW, { timeZone: 'Asia/Tokyo' }))).toContain('DTSTART;VALUE=DATE:20240607');
    expect(unfold(followUpsToIcs([late], NOW, { timeZone: 'America/New_York' }))).toContain(
      'DTSTART;VALUE=DATE:20240606',
    );
  });

  it('gives timed entries without an end a default length, and drops unsafe URLs', () => {
    const out = unfold(followUpsToIcs([{ ...meeting, end: undefined, url: 'javascript:alert(1)' }], NOW));
    expect(out).toContain('DTEND:20240604T145000Z');
    expect(out).not.toContain('URL:');
  });

  it('is stable: the same input gives the same file and UIDs', () => {
    expect(followUpsToIcs([meeting, followUp], NOW, { timeZone: 'UTC' })).toBe(ics);
    expect(icsUid('meeting-m1')).toBe('meeting-m1@inroads.local');
    expect(icsUid('a;b,c d@e')).toBe('a%3Bb%2Cc%20d%40e@inroads.local');
  });

  it('folds long lines at 75 octets without splitting emoji or accented letters', () => {
    const title = `Café ☕ with Zoë 👩🏽‍💻 — ${'naïve résumé 🎉 '.repeat(12)}`;
    const out = followUpsToIcs([{ ...meeting, title, description: '日本語のテキスト'.repeat(20) }], NOW);
    for (const line of out.split('\r\n')) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/\uFFFD/);
      expect(line).not.toMatch(/[\uD800-\uDBFF]$/); // never ends on half a surrogate pair
    }
    expect(unfold(out)).toContain(`SUMMARY:${escapeIcsText(title.trim())}\r\n`);
    expect(out.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
  });
});

describe('foldIcsLine (property)', () => {
  it('every piece ≤ 75 octets, continuation lines start with a space, unfolding restores the line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${escapeIcsText(text)}`;
        const pieces = foldIcsLine(line);
        pieces.forEach((piece, i) => {
          expect(octets(piece)).toBeLessThanOrEqual(75);
          if (i > 0) expect(piece.startsWith(' ')).toBe(true);
        });
        expect(pieces.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
      }),
    );
  });

  it('escaping leaves no raw line break, comma or semicolon', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        const escaped = escapeIcsText(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(escaped.replace(/\\[\\;,n]/g, '')).not.toMatch(/[;,\\]/);
      }),
    );
  });
});
