// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAction, useQueuedAction } from '@/components/shared/use-action';
import { FormError } from '@/components/shared/FormError';
import { InroadsError } from '@/lib/domain/errors';
import { Dexie } from 'dexie';
import { Person } from '@/lib/domain/model';
import { personOf } from '../sidepanel/targets-fixtures';

afterEach(cleanup);

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function Button({ work, onDone }: { work: () => Promise<unknown>; onDone?: () => void }) {
  const action = useAction(work, { failure: 'commonNotSaved', ...(onDone ? { onDone } : {}) });
  return (
    <>
      <button type="button" disabled={action.busy} onClick={() => void action.run()}>
        Save
      </button>
      <FormError error={action.error} />
    </>
  );
}

describe('useAction', () => {
  it('runs the work even with no onDone, once per click while it is writing', async () => {
    const gate = deferred();
    const work = vi.fn(() => gate.promise);
    render(<Button work={work} />);
    const button = screen.getByRole('button', { name: 'Save' });
    fireEvent.click(button);
    fireEvent.click(button); // a double click: the second is refused before React re-renders
    expect(work).toHaveBeenCalledTimes(1);
    await act(async () => gate.resolve());
    fireEvent.click(button);
    expect(work).toHaveBeenCalledTimes(2);
  });

  it('says what was not done for an unexpected error, and a user error as it is', async () => {
    const { rerender } = render(<Button work={() => Promise.reject(new Error('disk on fire'))} />);
    fireEvent.click(screen.getByRole('button'));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: disk on fire');
    rerender(<Button work={() => Promise.reject(new InroadsError('templatesNeedName'))} />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Give the template a name.'));
  });

  it('never shows raw JSON or a stack, and names storage problems in words', async () => {
    const { rerender } = render(<Button work={() => Promise.reject(new Error('[{"code":"too_big","path":["phone"]}]'))} />);
    fireEvent.click(screen.getByRole('button'));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: unknown error');
    // A schema's own error (zod) that escaped a use case: its fields and problems in words.
    const zodError = Person.safeParse({ ...personOf({ id: 'p', name: 'Ann' }), phone: '1'.repeat(260) }).error;
    rerender(<Button work={() => Promise.reject(zodError)} />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Not saved: Phone: at most 200 characters'));
    rerender(<Button work={() => Promise.reject(new Dexie.QuotaExceededError('quota'))} />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Not saved: .*(space|full)/i));
  });
});

describe('useQueuedAction', () => {
  it('runs every click, one after another, each on what the previous one wrote', async () => {
    const log: string[] = [];
    let stored: string[] = [];
    function Ticks() {
      const action = useQueuedAction(async (q: string) => {
        const before = stored;
        await Promise.resolve();
        stored = [...before, q];
        log.push(q);
      });
      return (
        <>
          <button type="button" onClick={() => void action.run('a')}>A</button>
          <button type="button" onClick={() => void action.run('b')}>B</button>
        </>
      );
    }
    render(<Ticks />);
    fireEvent.click(screen.getByRole('button', { name: 'A' }));
    fireEvent.click(screen.getByRole('button', { name: 'B' }));
    await waitFor(() => expect(log).toEqual(['a', 'b']));
    expect(stored).toEqual(['a', 'b']);
  });
});
