import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { labels, plural, t, textDirection } from '@/lib/domain/i18n';
import { messageFrom, type Messages } from '../../i18n-messages';

describe('the Chrome getMessage rules the tests use', () => {
  const messages: Messages = {
    greet: {
      message: 'Hello $Name$, you owe $$5 to $who$.',
      placeholders: { name: { content: '$1' }, WHO: { content: '$2' } },
    },
    direct: { message: 'Fixed text' },
  };

  it('fills named placeholders (any case) from $1…$9 and unescapes $$', () => {
    expect(messageFrom(messages, 'greet', ['Sam', 'Jo'])).toBe('Hello Sam, you owe $5 to Jo.');
    expect(messageFrom(messages, 'GREET', 'Sam')).toBe('Hello Sam, you owe $5 to .');
  });

  it('gives an empty string for an unknown key', () => {
    expect(messageFrom(messages, 'nope')).toBe('');
    expect(messageFrom(messages, 'direct', ['ignored'])).toBe('Fixed text');
  });
});

describe('t', () => {
  it('reads messages.json with substitutions (strings, numbers, one or many)', () => {
    expect(t('extName')).toBe('Inroads');
    expect(t('approachVia', ['Introduction request', 'Laetitia'])).toBe('Introduction request via Laetitia');
    expect(t('badgeTarget', 'Requested')).toBe('Target · Requested');
    expect(t('badgeNamesAndMore', ['Ann, Bo', 3])).toBe('Ann, Bo +3');
  });

  it('shows the key when a message is missing, and survives a lost i18n API', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    expect(t('badgeOpen')).toBe('badgeOpen');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(t('badgeOpen')).toBe('badgeOpen');
  });
});

describe('plural', () => {
  it('picks <base>One or <base>Other by the English plural rules, the count as $1', () => {
    expect(plural('toolbarDueToday', 1)).toBe('Inroads — 1 follow-up due today');
    expect(plural('toolbarDueToday', 0)).toBe('Inroads — 0 follow-ups due today');
    expect(plural('toolbarDueToday', 12)).toBe('Inroads — 12 follow-ups due today');
  });

  it('takes other substitutions when given', () => {
    expect(plural('badgeMutualsNamed', 5, [5, 'Ann, Bo +3'])).toBe('5 mutual: Ann, Bo +3');
  });

  it("follows the translation's language, falling back to <base>Other for forms it lacks", () => {
    const polish: Record<string, string> = {
      appLocale: 'pl',
      toolbarDueTodayOne: '$1 one',
      toolbarDueTodayFew: '$1 few',
      toolbarDueTodayOther: '$1 other',
    };
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) =>
      (polish[key] ?? '').replace('$1', ([] as string[]).concat(subs ?? [])[0] ?? ''),
    );
    expect(plural('toolbarDueToday', 1)).toBe('1 one');
    expect(plural('toolbarDueToday', 3)).toBe('3 few');
    expect(plural('toolbarDueToday', 5)).toBe('5 other'); // Polish "many": no such key, so Other
  });
});

describe('labels', () => {
  it('reads each label when used, not when the table is made', () => {
    const spy = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    const table = labels({ a: 'stageMet', b: 'stageDeclined' });
    expect(spy).not.toHaveBeenCalled();
    expect(table.a).toBe('Met');
    expect(Object.entries(table)).toEqual([
      ['a', 'Met'],
      ['b', 'Declined'],
    ]);
  });
});

describe('textDirection', () => {
  it("is Chrome's @@bidi_dir, left-to-right when the API says nothing", () => {
    expect(textDirection()).toBe('ltr');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (key === '@@bidi_dir' ? 'rtl' : ''));
    expect(textDirection()).toBe('rtl');
  });
});
