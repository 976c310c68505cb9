/**
 * The data features' text (import errors and skip reasons, restore errors,
 * words inside exported files) comes from the messages in use, while codes,
 * line numbers and machine values stay as they are.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { calendarEntries, followUpsToIcs, parseBackup, parseConnectionsCsv, targetsToCsv } from '@/lib/domain/formats';
import { parseCsv } from '@/lib/domain/formats/csv/parse';
import type { Meeting, Person } from '@/lib/domain/model';

/** A "translation" that shows each key and its substitutions. */
function useMarkedMessages() {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) =>
    key === 'appLocale'
      ? 'en'
      : `«${key}${([] as string[])
          .concat(subs ?? [])
          .map((s) => ` ${s}`)
          .join('')}»`,
  );
}

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

describe('data text in the language of the messages', () => {
  it('Connections.csv errors and skip reasons, with their line numbers', () => {
    useMarkedMessages();
    expect(parseConnectionsCsv('')).toEqual({ ok: false, error: { line: 0, message: '«importErrorEmpty»' } });
    expect(parseConnectionsCsv('\n\n<html></html>')).toEqual({
      ok: false,
      error: { line: 3, message: '«importErrorHtml 3»' },
    });
    const result = parseConnectionsCsv(`${HEADER}\nAnn,Lee\n,,,,,,\n`);
    expect(result.ok && result.skipped).toEqual([
      { line: 2, reason: '«importSkipColumnCount 7 2»' },
      { line: 3, reason: '«importSkipNoName»' },
    ]);
  });

  it('backup refusals keep their codes', () => {
    useMarkedMessages();
    expect(parseBackup('{"format":"inroads-backup","version":9}')).toEqual({
      ok: false,
      error: { code: 'too-new', message: '«restoreErrorTooNew 9 4»' },
    });
    expect(parseBackup('[]')).toEqual({
      ok: false,
      error: { code: 'not-inroads', message: '«restoreErrorNotInroads inroads-backup»' },
    });
  });

  it('exported files: translated headings and titles, machine values as they are', () => {
    useMarkedMessages();
    const ann: Person = {
      id: 'p1',
      kind: 'target',
      stage: 'requested',
      name: 'Ann Lee',
      degree: '2nd',
      mutuals: [],
      notes: '',
      userEdited: [],
      createdAt: 0,
      updatedAt: 0,
    };
    const [header, row] = parseCsv(targetsToCsv([ann], { timeZone: 'UTC' })).map((r) => r.fields);
    expect(header?.[0]).toBe('«exportColumnName»');
    expect(header?.[12]).toBe('«exportColumnNotes»');
    expect(row?.slice(4, 6)).toEqual(['2nd', 'requested']);

    const meeting: Meeting = {
      id: 'm1',
      personId: 'gone',
      // A date Inroads stores (an entry with a damaged date is left out of the calendar).
      at: Date.UTC(2025, 0, 6, 10),
      minutes: 20,
      mode: 'phone',
      status: 'scheduled',
      questions: [],
      notes: '',
      referrals: [],
      createdAt: 0,
      updatedAt: 0,
    };
    const [entry] = calendarEntries([], [meeting]);
    expect(entry).toMatchObject({ title: '«calendarMeetingTitleSomeone»', description: '«meetingModePhone»' });
    const ics = followUpsToIcs([entry!], 0);
    expect(ics).toContain('SUMMARY:«calendarMeetingTitleSomeone»');
    expect(ics).toContain('CATEGORIES:Meeting');
  });
});
