import { useDeferredValue, useEffect, useState } from 'react';
import { getDb } from '@/lib/store';
import {
  loadIntroducerChoices,
  matchIntroducers,
  type IntroducerChoice,
  type Subject,
} from '@/lib/store/people/introducer-choices';
import type { ChosenIntroducer } from '@/lib/domain/model';
import { t } from '@/lib/domain/i18n';

interface Props {
  value: ChosenIntroducer | null;
  onChange(introducer: ChosenIntroducer | null): void;
  /** The person being corrected (never their own introducer). */
  subject: Subject;
}

const strip = ({ words: _w, company: _c, ...introducer }: IntroducerChoice): ChosenIntroducer => introducer;

/**
 * Choose who can introduce you: search your own connections (Connections.csv)
 * and the people in Inroads by any word of their name, or type a name.
 */
export function IntroducerPicker({ value, onChange, subject }: Props) {
  const [choices, setChoices] = useState<IntroducerChoice[]>();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  useEffect(() => {
    let active = true;
    void loadIntroducerChoices(getDb(), subject).then((all) => active && setChoices(all));
    return () => {
      active = false;
    };
  }, [subject.personId, subject.profileUrl]); // eslint-disable-line react-hooks/exhaustive-deps
  const found = choices ? matchIntroducers(choices, deferred) : [];
  const typed = query.trim().slice(0, 300);
  return (
    <fieldset className="stack">
      <legend className="label">{t('correctIntroducer')}</legend>
      {value && (
        <p className="row small">
          <span>{t('correctIntroducerChosen', value.name)}</span>
          <button type="button" className="link" onClick={() => onChange(null)}>
            {t('correctIntroducerClear')}
          </button>
        </p>
      )}
      <label>
        <span className="label">{t('correctIntroducerSearch')}</span>
        <input type="search" value={query} maxLength={300} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {typed !== '' && (
        <ul className="plain stack small" aria-label={t('correctIntroducerResults')}>
          {found.map((choice) => (
            <li key={`${choice.personId ?? ''}|${choice.url ?? ''}|${choice.name}`}>
              <button type="button" className="link" onClick={() => (onChange(strip(choice)), setQuery(''))}>
                {choice.company ? t('correctIntroducerAt', [choice.name, choice.company]) : choice.name}
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="link" onClick={() => (onChange({ name: typed }), setQuery(''))}>
              {t('correctIntroducerTyped', typed)}
            </button>
          </li>
        </ul>
      )}
    </fieldset>
  );
}
