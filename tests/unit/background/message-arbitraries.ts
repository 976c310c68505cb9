/**
 * Malformed messages and forged senders for every message type, derived from
 * the zod schema (lib/domain/protocol/schemas.ts): a new message type is covered as
 * soon as it is in the schema and has a valid example in VALID_MESSAGES.
 */
import fc from 'fast-check';
import type { InroadsRequest, InroadsRequestType } from '@/lib/domain/protocol/protocol';
import type { SenderInfo } from '@/lib/background/router';
import { InroadsRequestSchema } from '@/lib/domain/protocol/schemas';
import { z } from '@/lib/domain/model/zod';
import { snapshotOf } from '../helpers';

type Shape = Record<string, z.ZodType>;

export interface MessageVariant {
  type: string;
  shape: Shape;
}

/** Every message type with its fields, as the schema declares them. */
export const MESSAGE_VARIANTS: MessageVariant[] = InroadsRequestSchema.options.map((option) => ({
  type: option.shape.type.value,
  shape: option.shape as unknown as Shape,
}));

/** One valid message of each type (a type missing here does not compile). */
export const VALID_MESSAGES: { [K in InroadsRequestType]: Extract<InroadsRequest, { type: K }> } = {
  'profile-viewed': { type: 'profile-viewed', snapshot: snapshotOf() },
  'profile-status': { type: 'profile-status', snapshot: snapshotOf() },
  'open-inroads': { type: 'open-inroads' },
  'page-state': { type: 'page-state', state: 'reading', url: 'https://www.linkedin.com/in/ada/' },
};

export const validMessage = (type: string): Record<string, unknown> =>
  structuredClone(VALID_MESSAGES[type as InroadsRequestType]) as unknown as Record<string, unknown>;

const HUGE = 'x'.repeat(50_000);
const POLLUTING_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
];

/** Any value a message could carry, including very large strings and nested junk. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
  fc.constant(HUGE),
  fc.constantFrom(...POLLUTING_KEYS).map((key) => withOwn({}, key, { polluted: true })),
);

const junkKey = fc.oneof(
  fc.constantFrom(...POLLUTING_KEYS),
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constant(`k${HUGE}`),
);

/** Sets an own enumerable property, `__proto__` included (as JSON.parse and structured clone do). */
export function withOwn<T extends object>(target: T, key: string, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

const rejects = (schema: z.ZodType) => (value: unknown) => !schema.safeParse(value).success;
const isObjectSchema = (schema: z.ZodType): schema is z.ZodObject => schema instanceof z.ZodObject;

/** A value the field's schema refuses: junk, or for an object field a copy with one sub-field spoiled. */
function spoiledField(schema: z.ZodType, valid: unknown): fc.Arbitrary<unknown> {
  const direct = junk.filter(rejects(schema));
  if (!isObjectSchema(schema) || typeof valid !== 'object' || valid === null) return direct;
  const subShape = schema.shape as Shape;
  const nested = fc
    .constantFrom(...Object.keys(subShape))
    .chain((sub) =>
      fc.tuple(
        fc.constant(sub),
        junk.filter(rejects(subShape[sub]!)),
        fc.array(fc.tuple(junkKey, junk), { maxLength: 3 }),
      ),
    )
    .map(([sub, bad, extras]) => {
      const copy = structuredClone(valid) as Record<string, unknown>;
      for (const [key, value] of extras) if (!Object.hasOwn(subShape, key)) withOwn(copy, key, value);
      return withOwn(copy, sub, bad);
    });
  return fc.oneof(direct, nested);
}

/** Messages of `variant`'s type that the schema must refuse, each malformed in one known way. */
export function malformedMessage(variant: MessageVariant): fc.Arbitrary<unknown> {
  const valid = validMessage(variant.type);
  const fields = Object.keys(variant.shape).filter((key) => key !== 'type');
  const required = fields.filter((key) => !variant.shape[key]!.safeParse(undefined).success);
  const kinds: fc.Arbitrary<unknown>[] = [
    // Not an object at all.
    fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.bigInt(),
      fc.array(junk),
    ),
    fc.constant(Object.assign([], valid)),
    // A type that is not this one: junk, or a near miss.
    fc
      .oneof(
        junk,
        fc.constantFrom(
          variant.type.toUpperCase(),
          ` ${variant.type}`,
          `${variant.type}\u0000`,
          `${variant.type}${HUGE}`,
        ),
      )
      .filter((type) => type !== variant.type && !MESSAGE_VARIANTS.some((v) => v.type === type))
      .map((type) => ({ ...structuredClone(valid), type })),
    // A field the protocol does not have (prototype-pollution keys included).
    fc
      .tuple(
        junkKey.filter((key) => !Object.hasOwn(variant.shape, key)),
        junk,
      )
      .map(([key, value]) => withOwn(structuredClone(valid), key, value)),
  ];
  if (required.length > 0) {
    kinds.push(
      fc.constantFrom(...required).map((key) => {
        const copy = structuredClone(valid);
        delete copy[key];
        return copy;
      }),
    );
  }
  if (fields.length > 0) {
    kinds.push(
      fc
        .constantFrom(...fields)
        .chain((key) => fc.tuple(fc.constant(key), spoiledField(variant.shape[key]!, valid[key])))
        .map(([key, bad]) => withOwn(structuredClone(valid), key, bad)),
    );
  }
  return fc.oneof(...kinds);
}

/** Whether a sender is our own content script in a tab's top frame (the router's rule, restated). */
export function isGenuineSender(sender: unknown, extensionId: string): boolean {
  if (typeof sender !== 'object' || sender === null) return false;
  const { id, tab, frameId } = sender as SenderInfo;
  const tabId = typeof tab === 'object' && tab !== null ? tab.id : undefined;
  return id === extensionId && typeof tabId === 'number' && tabId >= 0 && (frameId === undefined || frameId === 0);
}

/** Senders that are not our content script: another extension, a page, no tab, a sub-frame, junk. */
export function forgedSender(extensionId: string): fc.Arbitrary<SenderInfo> {
  const id = fc.oneof(
    fc.constant(extensionId),
    fc.constant(undefined),
    fc.string(),
    fc.constant(extensionId.toUpperCase()),
  );
  const tab = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.record({ id: fc.oneof(fc.integer({ min: -5, max: 1000 }), fc.constant(undefined), junk) }, { requiredKeys: [] }),
    junk,
  );
  const frameId = fc.oneof(fc.constant(undefined), fc.integer({ min: -1, max: 20 }), junk);
  const sender = fc.oneof(
    fc.record({ id, tab, frameId }, { requiredKeys: [] }),
    fc.constant(undefined),
    fc.constant(null),
    junk,
  ) as fc.Arbitrary<SenderInfo>;
  return sender.filter((candidate) => !isGenuineSender(candidate, extensionId));
}
