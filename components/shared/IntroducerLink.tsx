import { useEffect, useState } from 'react';
import { getDb } from '@/lib/store';
import { loadIntroducerChoices, matchIntroducers, type IntroducerChoice } from '@/lib/store/people/introducer-choices';
import type { ChosenIntroducer } from '@/lib/domain/model';
import { t } from '@/lib/domain/i18n';

interface Props {
  /** The introducer as the page shows them (often a first name only). */
  introducer: ChosenIntroducer;
  onChange(introducer: ChosenIntroducer): void;
}

const strip = ({ words: _w, company: _c, ...introducer }: IntroducerChoice): ChosenIntroducer => introducer;

/**
 * Mark as sent of an introduction request whose introducer the page names
 * only ("Laetitia"): link them to a stored person or a Connections.csv
 * contact, chosen by the user when several match, or keep the name as typed.
 */
export function IntroducerLink({ introducer, onChange }: Props) {
  const [found, setFound] = useState<IntroducerChoice[]>([]);
  const [picked, setPicked] = useState('');
  useEffect(() => {
    let active = true;
    void loadIntroducerChoices(getDb()).then((all) => {
      if (!active) return;
      const matches = matchIntroducers(all, introducer.name);
      setFound(matches);
      // One match is linked unless the user says otherwise; several wait for their choice.
      if (matches.length === 1) {
        setPicked('0');
        onChange(strip(matches[0]!));
      }
    });
    return () => {
      active = false;
    };
  }, [introducer.name]); // eslint-disable-line react-hooks/exhaustive-deps
  if (found.length === 0) return null;
  const choose = (value: string) => {
    setPicked(value);
    const match = value === '' ? undefined : found[Number(value)];
    onChange(match ? strip(match) : { name: introducer.name });
  };
  return (
    <label>
      <span className="label">{t('markSentIntroducerWho', introducer.name)}</span>
      <select data-testid="introducer-link" value={picked} onChange={(e) => choose(e.target.value)}>
        <option value="">{t('markSentIntroducerKeep', introducer.name)}</option>
        {found.map((choice, i) => (
          <option key={`${choice.personId ?? ''}|${choice.url ?? ''}|${choice.name}`} value={String(i)}>
            {choice.company ? t('correctIntroducerAt', [choice.name, choice.company]) : choice.name}
          </option>
        ))}
      </select>
    </label>
  );
}
