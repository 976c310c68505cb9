import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InroadsDb } from '@/lib/store/database';
import { createHandlers } from '@/lib/background/handlers';
import { ERROR_CODES, type InroadsResponse } from '@/lib/domain/protocol/protocol';
import { createRouter, MAX_ERROR_MESSAGE } from '@/lib/background/router';
import { InroadsRequestSchema, KNOWN_TYPES } from '@/lib/domain/protocol/schemas';
import { latestDbFixture } from '../../fixtures/db/db-fixtures';
import { freshDb } from '../helpers';
import { forgedSender, malformedMessage, MESSAGE_VARIANTS, VALID_MESSAGES, validMessage } from './message-arbitraries';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const fromTab = { id: EXTENSION_ID, tab: { id: 7 }, frameId: 0 };
const RUNS = 100;

let db: InroadsDb;
const sideEffects: string[] = [];
const route = (raw: unknown, sender: unknown) => {
  const router = createRouter(
    createHandlers({
      db,
      now: () => 1_741_860_000_000,
      rememberTab: async (tabId) => void sideEffects.push(`remember ${tabId}`),
      openInroads: async (tabId) => (sideEffects.push(`open ${tabId}`), 'popup'),
      showTabDegree: async (tabId) => void sideEffects.push(`toolbar ${tabId}`),
    }),
    EXTENSION_ID,
  );
  return router(raw, sender as never);
};

async function allRows(): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])));
}

/** Every write to any table (Dexie middleware): cheap enough to check after each of hundreds of messages. */
const writes: string[] = [];
function recordWrites(target: InroadsDb): void {
  target.use({
    stack: 'dbcore',
    name: 'record-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return { ...table, mutate: (req) => (writes.push(`${req.type} ${name}`), table.mutate(req)) };
      },
    }),
  });
}

/** Routes `raw` from `sender` and checks the refusal: a clear error, no write, no side effect, nothing polluted. */
async function expectRefused(raw: unknown, sender: unknown, code?: string): Promise<void> {
  sideEffects.length = 0;
  writes.length = 0;
  const response: InroadsResponse<unknown> = await route(raw, sender);
  expect(response).toEqual({ ok: false, error: { code: expect.any(String), message: expect.any(String) } });
  if (response.ok) return;
  expect(ERROR_CODES).toContain(response.error.code);
  if (code) expect(response.error.code).toBe(code);
  expect(response.error.message.length).toBeGreaterThan(0);
  expect(response.error.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
  expect(sideEffects).toEqual([]);
  expect(writes).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

beforeAll(async () => {
  db = freshDb();
  recordWrites(db);
  const { rows } = latestDbFixture();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.bulkAdd((rows[table.name] ?? []) as never[]);
  });
});

describe('the message types under test', () => {
  it('are every type of the schema, each with a valid example the router accepts', async () => {
    const types = MESSAGE_VARIANTS.map((variant) => variant.type);
    expect(new Set(types)).toEqual(KNOWN_TYPES);
    expect(Object.keys(VALID_MESSAGES).sort()).toEqual([...types].sort());
    for (const type of types) {
      expect(InroadsRequestSchema.safeParse(validMessage(type)).success, type).toBe(true);
      expect(await route(validMessage(type), fromTab), type).toMatchObject({ ok: true });
    }
    // The write recorder sees the write a valid profile view makes.
    expect(writes).toContain('put people');
  });
});

describe.each(MESSAGE_VARIANTS.map((variant) => [variant.type, variant] as const))('“%s”', (_type, variant) => {
  it('refuses any malformed payload with { ok: false, error }, never throws, and writes nothing (property)', async () => {
    const before = await allRows();
    await fc.assert(
      fc.asyncProperty(malformedMessage(variant), async (raw) => {
        expect(InroadsRequestSchema.safeParse(raw).success).toBe(false);
        await expectRefused(raw, fromTab);
      }),
      { numRuns: RUNS },
    );
    expect(await allRows()).toEqual(before);
  }, 60_000);

  it('refuses a valid payload from any forged sender (another extension, no tab, a sub-frame, junk) and writes nothing (property)', async () => {
    const before = await allRows();
    await fc.assert(
      fc.asyncProperty(forgedSender(EXTENSION_ID), async (sender) => {
        await expectRefused(validMessage(variant.type), sender, 'forbidden-sender');
      }),
      { numRuns: RUNS },
    );
    expect(await allRows()).toEqual(before);
  }, 60_000);
});
