import { useEffect, useState } from 'react';
import { getDb } from '@/lib/store';
import type { IntroducerOption } from '@/lib/domain/approach/types';

/** The introducer's known e-mail and profile (stored person or Connections.csv), for the draft's links. */
export function useIntroducerContact(introducer: IntroducerOption | undefined): { email?: string; url?: string } {
  const [contact, setContact] = useState<{ email?: string; url?: string }>({});
  const key = introducer ? `${introducer.personId ?? ''}|${introducer.url ?? ''}|${introducer.name}` : '';
  useEffect(() => {
    let active = true;
    setContact({});
    if (!introducer) return;
    // Loaded on use: the directory lookups stay out of the popup's first paint.
    void import('@/lib/store/people/introducer')
      .then(({ introducerContact }) => introducerContact(getDb(), introducer))
      .then((found) => active && setContact(found));
    return () => {
      active = false;
    };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return contact;
}
