// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewErrorBoundary } from '@/components/shared/ViewErrorBoundary';

function Broken(): never {
  throw new RangeError('Invalid time value');
}

afterEach(cleanup);

describe('ViewErrorBoundary', () => {
  it('shows a failed view as a message with Reload, instead of a blank panel', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <nav>Tabs</nav>
        <ViewErrorBoundary>
          <Broken />
        </ViewErrorBoundary>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/could not be shown.*Your data is safe/);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByText('Tabs')).toBeTruthy();
    logged.mockRestore();
  });

  it('shows the view when nothing fails', () => {
    render(
      <ViewErrorBoundary>
        <p>Follow-ups</p>
      </ViewErrorBoundary>,
    );
    expect(screen.getByText('Follow-ups')).toBeTruthy();
  });
});
