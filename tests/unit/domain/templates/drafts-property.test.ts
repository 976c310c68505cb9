import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings, type TemplateMoment } from '@/lib/domain/model';
import { BUILT_IN_TEMPLATES, builtInTemplateFor } from '@/lib/domain/templates/built-in';
import { composeDraft } from '@/lib/domain/templates/compose-draft';
import { isConnectionNote } from '@/lib/domain/templates/built-in/connection-notes';
import { firstNameOf } from '@/lib/domain/templates/render/names';
import { characterCount, LINKEDIN_NOTE_LIMIT } from '@/lib/domain/templates/render';

const NOW = Date.UTC(2026, 11, 7, 9);

/** Words as people type them: Latin with accents, CJK, emoji, hyphens. */
const word = fc.constantFrom(
  'Maya', 'Laetitia', 'Clément', 'O’Brien', 'Jean-Luc', '李', '小明', '佐藤', 'Nguyễn', 'Zoë', '🙂', 'Ana🌟', 'van', 'der',
  'design', 'health', 'tech', 'product', 'research', 'patients', 'clinical', 'software', 'growth', 'data',
);
const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(' '));
const spaced = (base: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom('', ' ', '  ', '\t'), base, fc.constantFrom('', ' ', '\n')).map(([a, b, c]) => `${a}${b}${c}`);
const URLS = [
  'https://www.linkedin.com/in/alex-doe-77/',
  'http://linkedin.com/in/jane',
  'www.linkedin.com/in/maya-lee',
  'linkedin.com/in/zoë-🙂',
  'fr.linkedin.com/in/clement-r/?originalSubdomain=fr',
  'LinkedIn Member',
];
const urlName = fc.constantFrom(...URLS);
const name = fc.oneof(spaced(words(4)), urlName, fc.constant(''));
/** Long objectives: up to 30 words. */
const objective = fc.oneof(fc.constant(''), words(30));

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    myName: fc.oneof(words(3), fc.constant('')),
    myEmail: fc.constantFrom('', 'sam@example.org'),
    myPhone: fc.constantFrom('', '+33 6 12 34 56 78'),
    targetRole: fc.oneof(fc.constant(''), words(8)),
    signature: fc.constantFrom('', 'Sam Seeker\nsam@example.org'),
  })
  .map((s) => ({ ...DEFAULT_SETTINGS, ...s }));

const caseArb = fc.record({
  name,
  company: fc.oneof(fc.constant(''), words(5)),
  headline: fc.oneof(fc.constant(''), words(6)),
  objective,
  introducer: fc.option(name, { nil: undefined }),
  referrer: fc.option(name, { nil: undefined }),
  settings: settingsArb,
  sameRole: fc.boolean(),
});

/** Sentences of a text: split at sentence ends and line breaks, compared without case or spacing. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en'))
    .filter((s) => s.length >= 12);
}

const GREETING = /^(?:hi|dear|hello)\b(.*)$/gim;
const looksLikeLink = (s: string) => /:\/\/|www\.|linkedin\.com|linkedin member/i.test(s);

interface Case { name: string; company: string; headline: string; objective: string; introducer?: string; referrer?: string; settings: Settings; sameRole?: boolean }

function render(c: Case, moment: TemplateMoment) {
  const settings: Settings = c.sameRole && c.objective ? { ...c.settings, targetRole: c.objective } : c.settings;
  return composeDraft({
    template: builtInTemplateFor(moment),
    person: { name: c.name, company: c.company, headline: c.headline, objective: { kind: 'role', detail: c.objective } },
    ...(c.introducer !== undefined ? { introducer: { name: c.introducer, firstName: firstNameOf(c.introducer), rank: 1, tier: 'tracked' as const, why: '' } } : {}),
    ...(c.referrer !== undefined ? { referrerName: c.referrer } : {}),
    settings,
    now: NOW,
  });
}

describe('built-in drafts over random inputs (names with spaces, emoji, CJK, URLs, empty fields, long objectives)', () => {
  it('never repeat a sentence, never greet a URL, never leave "{{"', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const template of BUILT_IN_TEMPLATES) {
          const draft = render(c, template.moment);
          const text = `${draft.subject}\n${draft.body}`;
          expect(text).not.toContain('{{');
          expect(text).not.toContain('}}');
          const seen = sentences(draft.body);
          expect(seen.filter((s, i) => seen.indexOf(s) !== i), template.id).toEqual([]);
          for (const [, greeted] of text.matchAll(GREETING)) expect(looksLikeLink(greeted!), `${template.id}: ${greeted}`).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('say the objective once (the introduction request once above the note it carries)', () => {
    fc.assert(
      fc.property(caseArb, words(6), (c, goal) => {
        // The case the issue reports: the target role and the objective are the same words.
        const same = { ...c, objective: `${goal} in health tech`, sameRole: true };
        for (const template of BUILT_IN_TEMPLATES) {
          if (template.moment === 'meeting-questions') continue; // the user's own notes, not a message
          const body = render(same, template.moment).body;
          const [request = ''] = body.split('Below is a short note about me');
          expect(request.split(same.objective).length - 1, template.id).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('greet a URL-named or hidden person with a marked blank the user must fill', () => {
    for (const url of URLS) {
      for (const moment of ['cold-email', 'direct-ask', 'referred-pitch', 'connection-note-cold'] as const) {
        const draft = render({ name: url, company: 'Acme', headline: '', objective: 'design', settings: DEFAULT_SETTINGS }, moment);
        expect(draft.body).not.toContain(url);
        expect(draft.body).toMatch(/^(Hi|Dear) \[first name\],/);
        expect(draft.missing).toContain('first name');
      }
    }
  });
});

describe('the introduction request', () => {
  it('carries the forwardable note it announces, rendered from the user’s own note when edited', () => {
    const c = { name: 'Maya Lee', company: 'Acme', headline: '', objective: 'product design in health tech', introducer: 'Laetitia Roux', settings: { ...DEFAULT_SETTINGS, myName: 'Sam Seeker', myEmail: 'sam@example.org' } };
    const body = render(c, 'introduction-request').body;
    expect(body).toContain('Below is a short note about me that you can forward as it is:');
    const note = body.split('forward as it is:')[1]!.trim();
    expect(note).toMatch(/^Sam Seeker is learning about product design in health tech\./);
    expect(note).toContain('sam@example.org');
    const own = { ...builtInTemplateFor('introduction-blurb'), body: 'My own words about {{myName}}.' };
    const edited = composeDraft({ template: builtInTemplateFor('introduction-request'), person: { name: 'Maya Lee' }, settings: c.settings, now: NOW, blurb: own });
    expect(edited.body.trim().endsWith('My own words about Sam Seeker.')).toBe(true);
  });
});

describe('LinkedIn connection notes', () => {
  const LONGEST = {
    name: 'Maximilian-Alexander Oppenheimer-Castellanos',
    company: 'International Business Machines Corporation (IBM)',
    headline: '',
    objective: 'product design for clinical decision support in health tech startups', // 69 characters
    introducer: 'Bartholomew-Augustin Featherstonehaugh',
    settings: { ...DEFAULT_SETTINGS, myName: 'Anne-Charlotte Delacroix-Montgomery', minutes: 30 },
  };
  const notes = BUILT_IN_TEMPLATES.filter((t) => isConnectionNote(t.moment));

  it('exist for each route: direct, introduction, cold or referred', () => {
    expect(notes.map((t) => t.moment).sort()).toEqual(['connection-note-cold', 'connection-note-direct', 'connection-note-introduced']);
  });

  it('fit LinkedIn’s 300 characters with the longest realistic values', () => {
    for (const t of notes) {
      const draft = render(LONGEST, t.moment);
      expect(draft.missing, t.id).toEqual([]);
      expect(characterCount(draft.body), t.id).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMIT);
    }
  });

  it('are the only moments counted against LinkedIn’s limit (never an e-mail)', () => {
    for (const t of BUILT_IN_TEMPLATES) expect(isConnectionNote(t.moment), t.id).toBe(t.id.startsWith('builtin-connection-note-'));
    expect(BUILT_IN_TEMPLATES.filter((t) => t.subject !== undefined).some((t) => isConnectionNote(t.moment))).toBe(false);
  });
});
