import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Template, TEMPLATE_MOMENTS, type TemplateMoment } from '@/lib/domain/model';
import {
  BUILT_IN_TEMPLATES,
  builtInTemplateFor,
  buildDraftValues,
  copyTemplate,
  PLACEHOLDER_NAMES,
  renderDraft,
  resetTemplate,
  templatesForMoment,
  type DraftValues,
  type PlaceholderName,
} from '../outreach-exports';
import { withForwardableNote } from '@/lib/domain/templates/compose-draft';

const EMAIL_MOMENTS: TemplateMoment[] = [
  'introduction-request',
  'cold-email',
  'referred-pitch',
  'follow-up-1',
  'follow-up-2',
  'thank-you',
  'thank-introducer',
  'referral-ask',
  'check-back',
  'check-back-introducer',
  'progress-update',
];

const body = (moment: TemplateMoment) => builtInTemplateFor(moment).body;

describe('BUILT_IN_TEMPLATES', () => {
  it('has exactly one valid built-in per moment, with a stable id', () => {
    expect(BUILT_IN_TEMPLATES).toHaveLength(TEMPLATE_MOMENTS.length);
    for (const moment of TEMPLATE_MOMENTS) {
      const found = BUILT_IN_TEMPLATES.filter((t) => t.moment === moment);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ id: `builtin-${moment}`, builtIn: true, updatedAt: 0 });
      expect(Template.parse(found[0])).toEqual(found[0]);
    }
  });

  it('gives a subject exactly where the channel is email', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      if (EMAIL_MOMENTS.includes(t.moment)) expect(t.subject?.length ?? 0).toBeGreaterThan(5);
      else expect(t.subject).toBeUndefined();
    }
  });

  it('is frozen so the library cannot be changed by accident', () => {
    expect(Object.isFrozen(BUILT_IN_TEMPLATES)).toBe(true);
    for (const t of BUILT_IN_TEMPLATES) expect(Object.isFrozen(t)).toBe(true);
  });

  it('follows the method in each moment', () => {
    expect(body('direct-ask')).toMatch(/not asking about a job/);
    expect(body('direct-ask')).toMatch(/\{\{minutes\}\} minutes/);
    expect(body('direct-ask').length).toBeLessThan(500);
    expect(body('introduction-request')).toMatch(/forward/);
    expect(body('introduction-request')).toMatch(/mention your name/);
    expect(body('introduction-blurb').length).toBeLessThan(600);
    expect(body('cold-email')).toMatch(/\{\{followUpDay\}\}/);
    expect(body('cold-email')).toMatch(/why|in particular because \{\{specificDetail\}\}/);
    expect(body('cold-email')).toMatch(/not for a job/);
    expect(body('referred-pitch')).toMatch(/\{\{referrerName\}\} suggested/);
    expect(body('referred-pitch')).toMatch(/call you on \{\{callDay\}\}/);
    expect(body('follow-up-1').length).toBeLessThan(body('cold-email').length);
    expect(builtInTemplateFor('follow-up-1').subject).toMatch(/^Re: /);
    expect(body('follow-up-2')).toMatch(/original note/);
    expect(body('follow-up-2')).toMatch(/\{\{callDay\}\}/);
    const voicemail = body('voicemail');
    expect(voicemail.match(/\{\{myPhone\}\}/g)).toHaveLength(2);
    expect(voicemail).toMatch(/\{\{myNameSpelled\}\}/);
    expect(voicemail).toMatch(/\{\{reachableWhen\}\}/);
    expect(voicemail).toMatch(/again on \{\{callDay\}\}/);
    expect(body('thank-you')).toMatch(/\{\{specificDetail\}\}/);
    expect(body('thank-introducer')).toMatch(/\{\{introducerFirstName\}\}[\s\S]*went/);
    expect(body('referral-ask')).toMatch(/anyone else[\s\S]*mention your name[\s\S]*check back/);
    expect(body('check-back')).toMatch(/checking back/);
    // The introducer asked to check with the target first: greet the introducer, name the target.
    expect(body('check-back-introducer')).toMatch(/^Hi \{\{introducerFirstName\}\},/);
    expect(body('check-back-introducer')).toMatch(/checking back about my request to meet \{\{fullName\}\}/);
    expect(body('check-back-introducer')).not.toMatch(/people you/);
    expect(body('progress-update')).toMatch(/since we spoke/);
    const questions = body('meeting-questions');
    for (const q of [
      /get started/,
      /like best/,
      /like least/,
      /qualifications/,
      /strengths and weaknesses/,
      /concerned about/,
      /Who else should I talk to\? May I use your name/,
    ]) {
      expect(questions).toMatch(q);
    }
  });

  it('never uses an unknown placeholder, and renders without markers given full values', () => {
    const full: DraftValues = Object.fromEntries(PLACEHOLDER_NAMES.map((n) => [n, `value of ${n}`]));
    for (const t of BUILT_IN_TEMPLATES) {
      const empty = renderDraft(t, {});
      expect(empty.body.unknown, t.id).toEqual([]);
      expect(empty.subject?.unknown ?? [], t.id).toEqual([]);
      const filled = renderDraft(t, full);
      expect(filled.body.markers, t.id).toEqual([]);
      expect(filled.subject?.markers ?? [], t.id).toEqual([]);
      expect(filled.body.text).not.toMatch(/\[|\{\{/);
    }
  });

  it('renders every built-in with any non-blank values: no markers, no unknown, no "{{"', () => {
    const nonBlank = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
    const values: fc.Arbitrary<DraftValues> = fc.record(
      Object.fromEntries(PLACEHOLDER_NAMES.map((n) => [n, nonBlank])) as Record<PlaceholderName, fc.Arbitrary<string>>,
    );
    fc.assert(
      fc.property(fc.constantFrom(...BUILT_IN_TEMPLATES), values, (t, vals) => {
        const d = renderDraft(t, vals);
        for (const part of [d.body, d.subject]) {
          if (!part) continue;
          expect(part.markers).toEqual([]);
          expect(part.unknown).toEqual([]);
          expect(part.text).not.toContain('{{');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('uses only the values buildDraftValues can supply, apart from the marked spots', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      myName: 'Sam Seeker',
      myEmail: 'sam@example.org',
      myPhone: '+1 555 0100',
      targetRole: 'UX research',
      timeZone: 'UTC',
    };
    // The forwardable note (introduction request) is the blurb rendered with these values, as composeDraft does.
    const values = withForwardableNote(
      buildDraftValues({
        person: { name: 'Jane Doe', company: 'Acme', headline: 'Researcher', referredByName: 'Rita Ref' },
        introducer: { name: 'Ann Lee' },
        settings,
        now: Date.parse('2024-11-29T10:00:00Z'),
      }),
      undefined,
    );
    const allowedMarkers = new Set(['specificDetail', 'reachableWhen']);
    for (const t of BUILT_IN_TEMPLATES) {
      const d = renderDraft(t, values);
      for (const m of [...d.body.markers, ...(d.subject?.markers ?? [])])
        expect(allowedMarkers.has(m), `${t.id}: ${m}`).toBe(true);
    }
  });
});

describe('template helpers', () => {
  const own = (id: string, moment: TemplateMoment, updatedAt: number): Template => ({
    id,
    name: id,
    moment,
    body: 'x',
    builtIn: false,
    updatedAt,
  });

  it('templatesForMoment lists the user’s own first (newest first), then the built-in', () => {
    const all = [
      ...BUILT_IN_TEMPLATES,
      own('old', 'cold-email', 1),
      own('other', 'thank-you', 9),
      own('new', 'cold-email', 5),
    ];
    expect(templatesForMoment(all, 'cold-email').map((t) => t.id)).toEqual(['new', 'old', 'builtin-cold-email']);
    expect(templatesForMoment([], 'cold-email')).toEqual([]);
  });

  it('copyTemplate makes an editable copy that remembers its built-in', () => {
    const original = builtInTemplateFor('cold-email');
    const copy = copyTemplate(original, 'mine-1', 1234);
    expect(copy).toEqual({
      id: 'mine-1',
      name: `${original.name} (my copy)`,
      moment: 'cold-email',
      subject: original.subject,
      body: original.body,
      builtIn: false,
      basedOn: 'builtin-cold-email',
      updatedAt: 1234,
    });
    expect(Template.parse(copy)).toEqual(copy);
    const copyOfCopy = copyTemplate(copy, 'mine-2', 2000);
    expect(copyOfCopy.basedOn).toBe('builtin-cold-email');
    const fromScratch = copyTemplate(own('scratch', 'voicemail', 1), 'mine-3', 3);
    expect(fromScratch.basedOn).toBeUndefined();
    expect('subject' in fromScratch).toBe(false);
  });

  it('resetTemplate returns a fresh copy of the built-in default', () => {
    const reset = resetTemplate('builtin-voicemail');
    expect(reset).toEqual(BUILT_IN_TEMPLATES.find((t) => t.id === 'builtin-voicemail'));
    expect(Object.isFrozen(reset)).toBe(false);
    reset!.body = 'changed';
    expect(resetTemplate('builtin-voicemail')?.body).not.toBe('changed');
    expect(resetTemplate('mine-1')).toBeUndefined();
  });
});
