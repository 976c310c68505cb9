import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getDb } from '@/lib/store';
import { loadApproachInput } from '@/lib/store/people/approach-context';
import { findPersonByUrl } from '@/lib/store/people/people';
import { loadSettings } from '@/lib/store/settings/settings';
import { loadTemplates } from '@/lib/store/settings/templates';
import type { Person, ProfileSnapshot, Settings, Template } from '@/lib/domain/model';
import { decideApproach } from '@/lib/domain/approach/approach';
import type { Approach } from '@/lib/domain/approach/types';

export interface ProfileModel {
  person: Person | undefined;
  settings: Settings;
  templates: Template[];
  approach: Approach;
  referrerName?: string;
}

/** Everything the popup needs about one profile, live from the database. */
export function useProfileModel(snapshot: ProfileSnapshot, now: number): ProfileModel | undefined {
  const db = getDb();
  const loaded = useLiveQuery(async () => {
    const person = await findPersonByUrl(db, snapshot.url);
    const [input, templates, settings] = await Promise.all([
      loadApproachInput(db, snapshot, person),
      loadTemplates(db),
      loadSettings(db),
    ]);
    return { person, input, templates, settings };
  }, [snapshot]);
  return useMemo(() => {
    if (!loaded) return undefined;
    return {
      person: loaded.person,
      settings: loaded.settings,
      templates: loaded.templates,
      approach: decideApproach(loaded.input, now),
      referrerName: loaded.input.referral?.nameAllowed ? loaded.input.referral.referrerName : undefined,
    };
  }, [loaded, now]);
}
