import { effectiveDegree, pageDisagrees } from '@/lib/domain/approach/effective';
import type { Person, ProfileSnapshot } from '@/lib/domain/model';
import { DEGREE_LABELS } from '@/lib/domain/labels';
import { t } from '@/lib/domain/i18n';

interface Props {
  /** What the page showed (the popup); absent on the person's page, which goes by what is stored. */
  snapshot?: Pick<ProfileSnapshot, 'degree'>;
  person: Person | undefined;
  onCorrect?(): void;
}

/** The degree to act on, where it comes from, and the way to correct it. */
export function DegreeLine({ snapshot, person, onCorrect }: Props) {
  const { degree, source } = effectiveDegree(snapshot ?? { degree: 'unknown' }, person);
  const differs = pageDisagrees(person);
  return (
    <>
      <span className="pill" data-testid="degree">
        {DEGREE_LABELS[degree]}
      </span>
      {source === 'you' && <span className="muted">({t('degreeYouSaid')})</span>}
      {source === 'inroads' && person?.connectedOn !== undefined && (
        <span className="muted">({t('degreeFromConnections')})</span>
      )}
      {differs && <span className="warning">{t('degreePageNowShows', DEGREE_LABELS[differs])}</span>}
      {onCorrect && (
        <button type="button" className="link" onClick={onCorrect}>
          {degree === 'unknown' ? t('correctSetDegree') : t('correctOpen')}
        </button>
      )}
    </>
  );
}
