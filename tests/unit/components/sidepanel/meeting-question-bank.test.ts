import { describe, expect, it } from 'vitest';
import { toReferral } from '@/components/sidepanel/meeting/ReferralsForm';
import { DEFAULT_SETTINGS } from '@/lib/domain/model';
import { composeDraft } from '@/lib/domain/templates/compose-draft';
import { questionBank, toggleQuestion, withQuestion } from '@/lib/domain/templates/question-bank';
import { builtInTemplateFor } from '@/lib/domain/templates/built-in';

describe('questionBank', () => {
  it('takes the numbered questions of the built-in meeting template, without numbers or reminders', () => {
    const template = builtInTemplateFor('meeting-questions');
    const body = composeDraft({
      template,
      person: { name: 'Jane Doe' },
      settings: { ...DEFAULT_SETTINGS, targetRole: 'UX research' },
      now: 0,
    }).body;
    const questions = questionBank(body);
    expect(questions).toHaveLength(6);
    expect(questions[0]).toBe('How did you get started in this work?');
    expect(questions[3]).toBe("Given that I'm aiming for UX research, what do you see as my strengths and weaknesses?");
    expect(questions.join('\n')).not.toMatch(/watch the clock|never for a job|Meeting with/);
  });

  it('keeps bullets and lines ending with a question mark, once each', () => {
    expect(
      questionBank('Intro line\n- What is hard?\n* Tools you use\nWhy this field?\n\n2) what is hard?\nA note.'),
    ).toEqual(['What is hard?', 'Tools you use', 'Why this field?']);
  });
});

describe('choosing questions', () => {
  it('adds the user’s own question once, trimmed', () => {
    expect(withQuestion(['A?'], '  B?  ')).toEqual(['A?', 'B?']);
    expect(withQuestion(['A?'], 'a?')).toEqual(['A?']);
    expect(withQuestion(['A?'], '   ')).toEqual(['A?']);
    expect(withQuestion(['A?'], 'C?', 1)).toEqual(['A?']);
  });

  it('ticks and unticks, keeping the order', () => {
    expect(toggleQuestion(['A?', 'B?'], 'C?', true)).toEqual(['A?', 'B?', 'C?']);
    expect(toggleQuestion(['A?', 'B?'], 'A?', true)).toEqual(['A?', 'B?']);
    expect(toggleQuestion(['A?', 'B?'], 'A?', false)).toEqual(['B?']);
  });
});

describe('toReferral', () => {
  const base = {
    key: 1,
    name: 'Ana Silva',
    url: '',
    company: '',
    nameAllowed: true,
    contactFirst: false,
    checkBack: '2025-03-20',
  };
  const defaultAt = new Date(2025, 2, 20, 14).getTime();

  it('skips blank rows and asks for a name', () => {
    expect(toReferral({ ...base, name: ' ' }, defaultAt)).toBeUndefined();
    expect(toReferral({ ...base, name: '', company: 'Acme' }, defaultAt)).toBe('Enter their name.');
    expect(toReferral({ ...base, name: '', url: 'linkedin.com/in/ana' }, defaultAt)).toBe('Enter their name.');
  });

  it('normalises a profile link and rejects anything else', () => {
    expect(toReferral({ ...base, url: 'http://fr.linkedin.com/in/Ana-Silva/details/' }, defaultAt)).toEqual({
      name: 'Ana Silva',
      nameAllowed: true,
      profileUrl: 'https://www.linkedin.com/in/ana-silva/',
    });
    expect(toReferral({ ...base, url: 'https://example.com/in/ana' }, defaultAt)).toMatch(
      /not a LinkedIn profile link/,
    );
    expect(toReferral({ ...base, url: 'javascript:alert(1)' }, defaultAt)).toMatch(/not a LinkedIn profile link/);
  });

  it('keeps the proposed check-back time exactly, or 9:00 on another picked day', () => {
    expect(toReferral({ ...base, contactFirst: true }, defaultAt)).toMatchObject({ checkBackAt: defaultAt });
    expect(toReferral({ ...base, contactFirst: true, checkBack: '2025-03-21' }, defaultAt)).toMatchObject({
      checkBackAt: new Date(2025, 2, 21, 9).getTime(),
    });
    expect(toReferral({ ...base, contactFirst: true, checkBack: '' }, defaultAt)).toMatch(/check back/);
  });
});
