import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Template } from '@/lib/domain/model';
import { renderDraft, renderTemplate } from '@/lib/domain/templates/render';
import { PLACEHOLDER_NAMES, type DraftValues } from '@/lib/domain/templates/render/placeholders';

/** Templates as a user (or a restored backup) may have typed them, and values of any type and shape. */
const text = fc.oneof(
  fc
    .array(
      fc.oneof(
        fc.string(),
        fc.constantFrom('{{', '}}', '{', '}', '{{{', '}}}', '\n', '$&', '$1'),
        fc.constantFrom(...PLACEHOLDER_NAMES, '__proto__', 'constructor', 'toString').map((name) => `{{${name}}}`),
      ),
      { maxLength: 20 },
    )
    .map((parts) => parts.join('')),
  fc.anything(),
);
const values = fc.oneof(
  fc.dictionary(fc.constantFrom<string>(...PLACEHOLDER_NAMES, '__proto__', 'constructor', 'valueOf'), fc.anything()),
  fc.anything({ withNullPrototype: true, withMap: true, withBigInt: true }),
) as fc.Arbitrary<DraftValues>;

function expectInert(result: { text: string; markers: string[]; unknown: string[] }): void {
  expect(typeof result.text).toBe('string');
  expect(result.text).not.toContain('{{');
  expect(result.text).not.toContain('}}');
  for (const marker of result.markers) expect(PLACEHOLDER_NAMES).toContain(marker);
}

describe('template rendering under fuzzing', () => {
  it('renderTemplate never throws on any template text and any values, and leaves no placeholder behind', () => {
    fc.assert(
      fc.property(text, values, (template, vals) => expectInert(renderTemplate(template as string, vals))),
      { numRuns: 600 },
    );
  });

  it('renderDraft never throws on a template whose subject or body is damaged', () => {
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), values, (body, subject, vals) => {
        const template = {
          id: 't',
          name: 'T',
          moment: 'direct-ask',
          builtIn: false,
          updatedAt: 0,
          body,
          subject,
        } as unknown as Template;
        const draft = renderDraft(template, vals);
        expectInert(draft.body);
        if (draft.subject) expectInert(draft.subject);
      }),
      { numRuns: 500 },
    );
  });
});
