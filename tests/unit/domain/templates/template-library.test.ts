import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, TEMPLATE_MOMENTS, type Template } from '@/lib/domain/model';
import { mergeTemplates } from '@/lib/store/settings/templates';
import {
  duplicateOf,
  groupByMoment,
  MOMENT_LABELS,
  momentUsesSubject,
  previewTemplate,
} from '@/lib/domain/templates/library';
import { BUILT_IN_TEMPLATES } from '@/lib/domain/templates/built-in';

const NOW = Date.UTC(2024, 0, 2, 10);

describe('moments', () => {
  it('has a readable, distinct name for every moment', () => {
    const labels = TEMPLATE_MOMENTS.map((m) => MOMENT_LABELS[m]);
    expect(TEMPLATE_MOMENTS.every((m) => MOMENT_LABELS[m] !== m && /^[A-Z]/.test(MOMENT_LABELS[m]))).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('knows which moments are emails from the built-ins', () => {
    expect(momentUsesSubject('cold-email')).toBe(true);
    expect(momentUsesSubject('thank-you')).toBe(true);
    expect(momentUsesSubject('voicemail')).toBe(false);
    expect(momentUsesSubject('direct-ask')).toBe(false);
  });
});

describe('groupByMoment', () => {
  it('groups the library in the method’s order, keeping the library order within a moment', () => {
    const own: Template = { id: 'mine', name: 'A mine', moment: 'cold-email', body: 'x', builtIn: false, updatedAt: 5 };
    const groups = groupByMoment(mergeTemplates([own]));
    expect(groups.map((g) => g.moment)).toEqual(
      TEMPLATE_MOMENTS.filter((m) => BUILT_IN_TEMPLATES.some((t) => t.moment === m)),
    );
    const cold = groups.find((g) => g.moment === 'cold-email')!;
    expect(cold.label).toBe('Cold email');
    expect(cold.templates.map((t) => t.id)).toEqual(['builtin-cold-email', 'mine']);
  });
});

describe('previewTemplate', () => {
  it('fills in Jane Doe at Acme, the introducer and the user’s settings', () => {
    const preview = previewTemplate(
      {
        subject: 'Hello {{firstName}}',
        body: '{{fullName}} at {{company}} via {{introducerFirstName}} — {{myName}}, {{minutes}} min',
      },
      { ...DEFAULT_SETTINGS, myName: 'Sam Rivera' },
      NOW,
    );
    expect(preview).toEqual({
      subject: 'Hello Jane',
      body: 'Jane Doe at Acme via Sam — Sam Rivera, 20 min',
      missing: [],
      unknown: [],
    });
  });

  it('lists missing values and unknown placeholders, never throwing', () => {
    const preview = previewTemplate(
      { body: '{{myPhone}} {{nope}} {{NOPE}} {{specificDetail}} {{ firstname }}' },
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(preview.subject).toBeUndefined();
    expect(preview.body).toBe(
      '[your phone number] [unknown: nope] [unknown: NOPE] [something specific — write it here] Jane',
    );
    expect(preview.missing).toEqual(['your phone number', 'something specific — write it here']);
    expect(preview.unknown).toEqual(['nope', 'NOPE']);
  });

  it('renders every built-in without unknown placeholders', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      expect(previewTemplate(t, DEFAULT_SETTINGS, NOW).unknown, t.id).toEqual([]);
    }
  });
});

describe('duplicateOf', () => {
  it('copies a built-in as the user’s own, remembering it', () => {
    const cold = BUILT_IN_TEMPLATES.find((t) => t.id === 'builtin-cold-email')!;
    expect(duplicateOf(cold)).toEqual({
      name: `${cold.name} (my copy)`,
      moment: 'cold-email',
      subject: cold.subject,
      body: cold.body,
      basedOn: cold.id,
    });
  });

  it('keeps the original built-in when copying a copy, and has no subject when the original has none', () => {
    const copy: Template = {
      id: 'c',
      name: 'Mine',
      moment: 'voicemail',
      body: 'b',
      builtIn: false,
      basedOn: 'builtin-voicemail',
      updatedAt: 1,
    };
    expect(duplicateOf(copy)).toEqual({
      name: 'Mine (my copy)',
      moment: 'voicemail',
      body: 'b',
      basedOn: 'builtin-voicemail',
    });
  });
});
