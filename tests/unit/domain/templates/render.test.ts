import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '@/lib/domain/model';
import {
  characterCount,
  LINKEDIN_NOTE_LIMIT,
  markerFor,
  neutraliseBraces,
  PLACEHOLDER_LABELS,
  PLACEHOLDER_NAMES,
  renderDraft,
  renderTemplate,
  type DraftValues,
} from '../outreach-exports';

const FULL: Required<Omit<DraftValues, 'followUpAt' | 'callAt'>> = {
  firstName: 'Jane',
  fullName: 'Jane Doe',
  company: 'Acme',
  headline: 'Head of Research at Acme',
  introducerFirstName: 'Ann',
  introducerName: 'Ann Lee',
  referrerName: 'Rita Ref',
  myName: 'Sam Seeker',
  myFirstName: 'Sam',
  myNameSpelled: 'S-A-M, S-E-E-K-E-R',
  myPhone: '+33 6 12 34 56 78',
  myEmail: 'sam@example.org',
  signature: 'Sam Seeker\n+33 6 12 34 56 78',
  objective: 'user research in healthcare',
  targetRole: 'UX research',
  minutes: '20',
  followUpDay: 'Tuesday 10 December',
  callDay: 'Thursday 5 December',
  specificDetail: 'your talk on patient interviews',
  reachableWhen: 'weekday mornings',
  forwardableNote: 'Sam Seeker is learning about user research in healthcare.',
};

describe('renderTemplate', () => {
  it('fills every placeholder', () => {
    for (const name of PLACEHOLDER_NAMES) {
      const r = renderTemplate(`<{{${name}}}>`, FULL);
      expect(r).toEqual({ text: `<${FULL[name]}>`, markers: [], unknown: [] });
    }
  });

  it('writes one full stop where a value ending in one meets the sentence’s ("Meta Platforms, Inc.")', () => {
    const values = { ...FULL, company: 'Meta Platforms, Inc.' };
    expect(renderTemplate('You know Zed at {{company}}. Thanks', values).text).toBe(
      'You know Zed at Meta Platforms, Inc. Thanks',
    );
    expect(renderTemplate('At {{company}}, or {{company}}!', values).text).toBe(
      'At Meta Platforms, Inc., or Meta Platforms, Inc.!',
    );
  });

  it('renders a whole message', () => {
    const r = renderTemplate('Hi {{firstName}}, about {{minutes}} minutes on {{followUpDay}}?\n{{signature}}', FULL);
    expect(r.text).toBe('Hi Jane, about 20 minutes on Tuesday 10 December?\nSam Seeker\n+33 6 12 34 56 78');
  });

  it('tolerates whitespace inside the braces and any letter case', () => {
    expect(renderTemplate('{{ firstName }}|{{firstName   }}|{{\tcompany}}|{{FIRSTNAME}}', FULL).text).toBe(
      'Jane|Jane|Acme|Jane',
    );
  });

  it('shows a visible marker for a missing or blank value and lists it once', () => {
    const r = renderTemplate('Hi {{firstName}} at {{company}}, {{ firstName }}. {{specificDetail}}', {
      company: '   ',
    });
    expect(r.text).toBe('Hi [first name] at [company], [first name]. [something specific — write it here]');
    expect(r.markers).toEqual(['firstName', 'company', 'specificDetail']);
    expect(r.unknown).toEqual([]);
    for (const name of PLACEHOLDER_NAMES) expect(markerFor(name)).toBe(`[${PLACEHOLDER_LABELS[name]}]`);
  });

  it('marks unknown placeholders and lists them once', () => {
    const r = renderTemplate('{{fooBar}} {{ fooBar }} {{}} {{first name}}', FULL);
    expect(r.text).toBe('[unknown: fooBar] [unknown: fooBar] [unknown: ] [unknown: first name]');
    expect(r.unknown).toEqual(['fooBar', '', 'first name']);
    expect(r.markers).toEqual([]);
  });

  it('inserts a value containing placeholders literally, without expanding it, and breaks its braces', () => {
    const r = renderTemplate('Hi {{firstName}}!', { firstName: '{{myEmail}} and {{nope}}', myEmail: 'LEAK' });
    expect(r.text).toBe('Hi { {myEmail} } and { {nope} }!');
    expect(r.unknown).toEqual([]);
    expect(r.text).not.toContain('LEAK');
  });

  it('breaks up stray braces in the template', () => {
    expect(renderTemplate('a {{ b', FULL).text).toBe('a { { b');
    expect(renderTemplate('c }} d', FULL).text).toBe('c } } d');
    expect(renderTemplate('{{{firstName}}}', FULL).text).toBe('{Jane}');
    expect(renderTemplate('{{{{', FULL).text).toBe('{ { { {');
    expect(renderTemplate('{{first\nName}}', FULL).text).toBe('{ {first\nName} }');
    expect(renderTemplate('{ single } braces stay', FULL).text).toBe('{ single } braces stay');
  });

  it('does not treat a very long run between braces as a placeholder', () => {
    const inner = 'x'.repeat(200);
    const r = renderTemplate(`{{${inner}}}`, FULL);
    expect(r.unknown).toEqual([]);
    expect(r.text).toBe(`{ {${inner}} }`);
  });

  describe('values are inert text', () => {
    afterEach(() => {
      delete (globalThis as { alert?: unknown }).alert;
    });

    it('returns HTML, script and code-like values unchanged and runs nothing', () => {
      const alert = vi.fn();
      (globalThis as { alert?: unknown }).alert = alert;
      const hostile = [
        '<img src=x onerror=alert(1)>',
        '<script>alert(1)</script>',
        '${alert(1)}',
        '`${globalThis.alert(2)}`',
        'javascript:alert(3)',
        "'); alert(4); ('",
        "$& $1 $$ $` $'",
        'constructor',
        '__proto__',
      ];
      for (const value of hostile) {
        const r = renderTemplate('[{{fullName}}]', { fullName: value });
        expect(r.text).toBe(`[${value}]`);
      }
      expect(alert).not.toHaveBeenCalled();
    });

    it('does not read inherited properties as values', () => {
      const r = renderTemplate('{{toString}} {{constructor}} {{__proto__}}', {});
      expect(r.unknown).toEqual(['toString', 'constructor', '__proto__']);
    });
  });

  it('never throws on bad input', () => {
    expect(renderTemplate(undefined as unknown as string, FULL).text).toBe('');
    expect(renderTemplate('{{firstName}}', undefined as unknown as DraftValues).markers).toEqual(['firstName']);
    expect(renderTemplate('{{firstName}}', { firstName: 42 as unknown as string }).text).toBe('[first name]');
  });
});

describe('renderDraft', () => {
  const email: Template = {
    id: 't',
    name: 'x',
    moment: 'cold-email',
    subject: 'About {{company}}',
    body: 'Hi {{firstName}}',
    builtIn: false,
    updatedAt: 0,
  };

  it('renders subject and body', () => {
    const d = renderDraft(email, { firstName: 'Jane' });
    expect(d.subject).toEqual({ text: 'About [company]', markers: ['company'], unknown: [] });
    expect(d.body.text).toBe('Hi Jane');
  });

  it('has no subject when the template has none', () => {
    const { subject: _s, ...noSubject } = email;
    expect(renderDraft(noSubject, FULL)).toEqual({ body: { text: 'Hi Jane', markers: [], unknown: [] } });
  });
});

describe('neutraliseBraces', () => {
  it('leaves no double braces', () => {
    expect(neutraliseBraces('{{{}}}')).toBe('{ { {} } }');
  });
});

describe('characterCount', () => {
  it('counts user-perceived characters', () => {
    expect(characterCount('')).toBe(0);
    expect(characterCount('hello')).toBe(5);
    expect(characterCount('e\u0301te\u0301')).toBe(3); // decomposed accents
    expect(characterCount('👨‍👩‍👧')).toBe(1);
    expect(characterCount('🇫🇷🇩🇪')).toBe(2);
    expect(characterCount('😀')).toBe(1);
  });

  it('exposes the LinkedIn invitation note limit', () => {
    expect(LINKEDIN_NOTE_LIMIT).toBe(300);
  });
});

describe('renderTemplate properties', () => {
  const piece = fc.oneof(
    fc.string(),
    fc.constantFrom('{', '}', '{{', '}}', '{{{', '}}}', ' ', '\n', '$&', '[', ']'),
    fc.constantFrom(...PLACEHOLDER_NAMES).map((n) => `{{${n}}}`),
    fc.constantFrom(...PLACEHOLDER_NAMES).map((n) => `{{ ${n} }}`),
    fc.string().map((s) => `{{${s}}}`),
  );
  const template = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
  const values = fc.dictionary(
    fc.constantFrom<string>(...PLACEHOLDER_NAMES, 'toString', 'followUpAt'),
    fc.oneof(fc.string(), fc.constantFrom('{{firstName}}', '{', '}', '{{', '}}', '  ')),
  ) as fc.Arbitrary<DraftValues>;

  it('never throws and never outputs "{{" or "}}"', () => {
    fc.assert(
      fc.property(template, values, (text, vals) => {
        const r = renderTemplate(text, vals);
        expect(r.text).not.toContain('{{');
        expect(r.text).not.toContain('}}');
        for (const m of r.markers) expect(PLACEHOLDER_NAMES).toContain(m);
      }),
      { numRuns: 2000 },
    );
  });

  it('a template with no braces is returned unchanged', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('{') && !s.includes('}')),
        values,
        (text, vals) => {
          expect(renderTemplate(text, vals)).toEqual({ text, markers: [], unknown: [] });
        },
      ),
    );
  });
});
