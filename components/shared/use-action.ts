import { useRef, useState } from 'react';
import type { MessageKey } from '@/lib/domain/i18n';
import { t } from '@/lib/domain/i18n';
import { isInroadsError } from '@/lib/domain/errors';
import { errorText, loadErrorWords } from './error-text';

export interface ActionOptions<A extends unknown[], R> {
  /** Wraps an unexpected error's words, e.g. 'commonNotSaved' → "Not saved: …" (an InroadsError reads as it is). */
  failure?: MessageKey | ((error: string, ...args: A) => string);
  onDone?(result: R): void;
  /** Where the error goes instead of `error` (e.g. a list's status line). */
  onError?(message: string): void;
}

export interface Action<A extends unknown[]> {
  /** Runs the work unless it is already running (a double click writes once). */
  run(...args: A): Promise<void>;
  /** For a form: prevents the page reload, then runs. */
  submit(event: { preventDefault(): void }, ...args: A): Promise<void>;
  busy: boolean;
  error: string;
  setError(message: string): void;
}

/** The words for a failed action: the user's own mistake (an InroadsError) as it is, else what was not done. */
function failureText<A extends unknown[]>(error: unknown, failure: ActionOptions<A, unknown>['failure'], args: A): string {
  const words = errorText(error);
  if (!failure || isInroadsError(error)) return words;
  return typeof failure === 'function' ? failure(words, ...args) : t(failure, words);
}

/**
 * Every submit goes through here: a busy state that refuses a second run
 * while the first is writing (checked synchronously, before React re-renders),
 * and one error path (errorText).
 */
export function useAction<A extends unknown[], R>(
  work: (...args: A) => Promise<R>,
  { failure, onDone, onError }: ActionOptions<A, R> = {},
): Action<A> {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const run = async (...args: A) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError('');
    try {
      const result = await work(...args);
      onDone?.(result);
    } catch (e) {
      await loadErrorWords(e);
      const text = failureText(e, failure, args);
      if (onError) onError(text);
      else setError(text);
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  const submit = async (event: { preventDefault(): void }, ...args: A) => {
    event.preventDefault();
    await run(...args);
  };
  return { run, submit, busy, error, setError };
}

/**
 * Like useAction for edits where every click is its own intent (ticking two
 * questions quickly): runs one after another instead of refusing the second.
 */
export function useQueuedAction<A extends unknown[], R>(
  work: (...args: A) => Promise<R>,
  options: ActionOptions<A, R> = {},
): Action<A> {
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const { failure, onDone, onError } = options;
  const run = (...args: A) => {
    pending.current += 1;
    setBusy(true);
    const step = queue.current.then(async () => {
      try {
        const result = await work(...args);
        setError('');
        onDone?.(result);
      } catch (e) {
        await loadErrorWords(e);
        const text = failureText(e, failure, args);
        if (onError) onError(text);
        else setError(text);
      } finally {
        pending.current -= 1;
        if (pending.current === 0) setBusy(false);
      }
    });
    queue.current = step;
    return step;
  };
  const submit = async (event: { preventDefault(): void }, ...args: A) => {
    event.preventDefault();
    await run(...args);
  };
  return { run, submit, busy, error, setError };
}
