/** Seeding the shared database (getDb) for side-panel component tests. */
import { configure } from '@testing-library/react';
import { vi } from 'vitest';
import { getDb } from '@/lib/store';
import { addTarget } from '@/lib/store/use-cases/add-target';

// The first render opens the database and loads modules: give async queries time.
configure({ asyncUtilTimeout: 4000 });
vi.setConfig({ testTimeout: 20_000 });

export const DAY = 86_400_000;

/** A Thursday, 10:00 local time: a preferred calling day, so follow-up dates are predictable. */
export const THURSDAY = new Date(2025, 2, 13, 10, 0).getTime();

/** Fakes only the clock (IndexedDB keeps its real timers) and clears every table. */
export async function resetAt(now: number): Promise<void> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  const db = getDb();
  await Promise.all(db.tables.map((t) => t.clear()));
}

export function targetNamed(name: string, now: number, extra: Parameters<typeof addTarget>[1] = {}) {
  const slug = name.toLowerCase().replace(/\s+/g, '-');
  return addTarget(getDb(), { profileUrl: `https://www.linkedin.com/in/${slug}/`, name, ...extra }, now);
}
