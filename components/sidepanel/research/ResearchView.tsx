import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getDb } from '@/lib/store';
import { allClips } from '@/lib/store/history/clips';
import { ClipCard } from './ClipCard';
import type { TargetChoice } from './ClipAttach';
import { plural, t } from '@/lib/domain/i18n';
import { textWith } from '@/components/shared/text-with';

/** Saved articles (and links), newest first, each attachable to a target or a company. */
export function ResearchView() {
  const clips = useLiveQuery(() => allClips(getDb()), []);
  const people = useLiveQuery(() => getDb().people.where('kind').equals('target').sortBy('name'), []);
  const targets = useMemo<TargetChoice[]>(
    () => (people ?? []).map((p) => ({ id: p.id, name: p.name, company: p.company })),
    [people],
  );
  return (
    <div className="research-view">
      <h1>{t('researchTitle')}</h1>
      <p className="small muted">{textWith('researchHowTo', [<strong>{t('menuSaveResearch')}</strong>])}</p>
      {clips === undefined ? (
        <p role="status">{t('commonLoading')}</p>
      ) : clips.length === 0 ? (
        <p className="muted">{t('researchEmpty')}</p>
      ) : (
        <>
          <p className="small muted">{plural('researchCount', clips.length)}</p>
          <ul className="plain" aria-label={t('researchListLabel')}>
            {clips.map((clip) => (
              <li key={clip.id}>
                <ClipCard clip={clip} targets={targets} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
