// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageBanner } from '@/components/shared/StorageBanner';
import { reportStorageError } from '@/components/shared/storage-events';

describe('the storage banner', () => {
  afterEach(cleanup);
  it('explains a full disk in plain words and offers a backup', async () => {
    render(<StorageBanner />);
    await act(async () => {
      reportStorageError(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    });
    expect(screen.getByRole('alert').textContent).toMatch(/out of storage space/);
    expect(screen.getByRole('button', { name: 'Back up now' })).toBeTruthy();
  });

  it('ignores errors that are not about storage', async () => {
    render(<StorageBanner />);
    await act(async () => {
      expect(reportStorageError(new TypeError('x is undefined'))).toBe(false);
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
