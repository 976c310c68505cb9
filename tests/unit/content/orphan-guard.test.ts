import { describe, expect, it, vi } from 'vitest';
import { createOrphanGuard } from '@/lib/content/page-watch';

describe('createOrphanGuard', () => {
  it('is true while the runtime id is there', () => {
    const onOrphaned = vi.fn();
    const guard = createOrphanGuard(() => 'abc', onOrphaned);
    expect(guard.check()).toBe(true);
    expect(guard.check()).toBe(true);
    expect(onOrphaned).not.toHaveBeenCalled();
  });

  it('turns false for good, calling onOrphaned once, when the id is gone', () => {
    let id: string | undefined = 'abc';
    const onOrphaned = vi.fn();
    const guard = createOrphanGuard(() => id, onOrphaned);
    expect(guard.check()).toBe(true);
    id = undefined;
    expect(guard.check()).toBe(false);
    id = 'abc';
    expect(guard.check()).toBe(false);
    expect(onOrphaned).toHaveBeenCalledTimes(1);
  });

  it('treats a throwing runtime as orphaned', () => {
    const onOrphaned = vi.fn();
    const guard = createOrphanGuard(() => {
      throw new Error('Extension context invalidated.');
    }, onOrphaned);
    expect(guard.check()).toBe(false);
    expect(guard.check()).toBe(false);
    expect(onOrphaned).toHaveBeenCalledTimes(1);
  });
});
