import { useCallback, useState } from 'react';

const MIN_HEIGHT = 240;
const BOTTOM_GAP = 12;

/**
 * The height a list may take: from where it starts to the bottom of the
 * window, kept up to date on resize. `fixed` (tests, embedding) wins.
 * Attach the returned ref to the element that holds the list.
 */
export function useListHeight(fixed?: number): {
  height: number;
  ref: (el: HTMLElement | null) => (() => void) | undefined;
} {
  const [measured, setMeasured] = useState(480);
  const ref = useCallback(
    (el: HTMLElement | null) => {
      if (!el || fixed !== undefined) return undefined;
      const measure = () =>
        setMeasured(Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - el.getBoundingClientRect().top - BOTTOM_GAP)));
      measure();
      window.addEventListener('resize', measure);
      return () => window.removeEventListener('resize', measure);
    },
    [fixed],
  );
  return { height: fixed ?? measured, ref };
}
