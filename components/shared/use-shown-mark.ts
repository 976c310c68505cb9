import { useEffect } from 'react';

/**
 * Leaves a `performance.mark(name)` the first time `shown` is true after
 * React committed it: how `npm run bench` times a view's first useful paint
 * (e.g. `inroads:follow-ups-shown`) from inside the page, with no test hook.
 */
export function useShownMark(name: string, shown: boolean): void {
  useEffect(() => {
    if (shown && performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
  }, [name, shown]);
}
