import { useState } from 'react';
import { getDb } from '@/lib/store';
import type { Correction, CorrectionTarget } from '@/lib/store/use-cases/correct-person';
import { chosenIntroducer } from '@/lib/domain/approach/effective';
import type { ChosenIntroducer, Degree, Person } from '@/lib/domain/model';
import { DEGREE_LABELS } from '@/lib/domain/labels';
import { t } from '@/lib/domain/i18n';
import { FormError } from './FormError';
import { IntroducerPicker } from './IntroducerPicker';
import { useAction } from './use-action';

type OwnDegree = Exclude<Degree, 'self' | 'unknown'>;
const OWN_DEGREES: readonly OwnDegree[] = ['1st', '2nd', '3rd', 'out-of-network'];

interface Props {
  target: CorrectionTarget;
  person: Person | undefined;
  /** What LinkedIn's page shows now. */
  pageDegree: Degree;
  onDone(message: string): void;
  onCancel(): void;
}

const sameIntroducer = (a: ChosenIntroducer | null, b: ChosenIntroducer | null) =>
  a?.name === b?.name && a?.url === b?.url && a?.personId === b?.personId;

/**
 * "Correct": the degree the user knows and whom they will ask to introduce
 * them. Saved as the user's own (lib/store/use-cases/correct-person.ts): page
 * reads never overwrite it; the approach follows at once.
 */
export function CorrectionForm({ target, person, pageDegree, onDone, onCancel }: Props) {
  const own = person?.userEdited.includes('degree') ? (person.degree as OwnDegree) : '';
  const [degree, setDegree] = useState<OwnDegree | ''>(own);
  const [introducer, setIntroducer] = useState<ChosenIntroducer | null>(chosenIntroducer(person) ?? null);
  const save = useAction(
    async () => {
      // Loaded on use: the write's validation (zod) stays out of the popup's first paint.
      const { correctPerson } = await import('@/lib/store/use-cases/correct-person');
      // Only what the user changed: an untouched field keeps what is stored (a degree read from the page stays).
      const correction: Correction = {};
      if (degree !== own) correction.degree = degree === '' ? null : degree;
      if (!sameIntroducer(introducer, chosenIntroducer(person) ?? null)) correction.introducer = introducer;
      await correctPerson(getDb(), target, correction, Date.now());
    },
    { failure: 'commonNotSaved', onDone: () => onDone(t('correctSaved')) },
  );
  return (
    <form className="card stack" onSubmit={save.submit} aria-label={t('correctTitle')}>
      <label>
        <span className="label">{t('correctDegree')}</span>
        <select data-testid="correct-degree" value={degree} onChange={(e) => setDegree(e.target.value as OwnDegree | '')}>
          <option value="">{t('correctDegreeAsPage', DEGREE_LABELS[pageDegree])}</option>
          {OWN_DEGREES.map((d) => (
            <option key={d} value={d}>
              {d === '1st' ? t('correctDegreeKnowThem') : DEGREE_LABELS[d]}
            </option>
          ))}
        </select>
      </label>
      <IntroducerPicker
        value={introducer}
        onChange={setIntroducer}
        subject={{ personId: person?.id, profileUrl: person?.profileUrl ?? ('snapshot' in target ? target.snapshot.url : undefined) }}
      />
      <p className="small muted">{t('correctHint')}</p>
      <div className="row">
        <button type="submit" className="primary" disabled={save.busy}>
          {t('commonSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('commonCancel')}
        </button>
      </div>
      <FormError error={save.error} />
    </form>
  );
}
