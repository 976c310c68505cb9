import { useEffect, useRef, useState } from 'react';
import { getDb } from '@/lib/store';
import { discardDraft, loadDraft, saveDraft, type Draft } from '@/lib/store/settings/drafts';
import { errorText } from '@/components/shared/error-text';

/**
 * The draft being edited for one profile, restored from and autosaved to the
 * database on every change, so closing the popup loses nothing.
 */
export function useDraft(profileUrl: string, now: number) {
  const [draft, setDraft] = useState<Draft | null | undefined>(undefined);
  /** Why the last change was not kept, in words ('' when it was). */
  const [error, setError] = useState('');
  const latest = useRef<Draft | null | undefined>(undefined);
  useEffect(() => {
    let active = true;
    void loadDraft(getDb(), profileUrl).then((saved) => {
      if (active) setDraft((latest.current = saved ?? null));
    });
    return () => {
      active = false;
    };
  }, [profileUrl]);
  const update = (change: Partial<Draft> & Pick<Draft, 'templateId'>) => {
    const base = latest.current ?? { subject: '', body: '', edited: false, updatedAt: now };
    const next: Draft = { ...base, ...change, updatedAt: Date.now() };
    latest.current = next;
    setDraft(next);
    void saveDraft(getDb(), profileUrl, next).then(
      () => setError(''),
      (e: unknown) => setError(errorText(e)),
    );
  };
  const discard = () => {
    latest.current = null;
    setDraft(null);
    void discardDraft(getDb(), profileUrl);
  };
  return { draft, update, discard, error };
}
