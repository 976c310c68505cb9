import type { Approach, IntroducerOption } from '@/lib/domain/approach/types';
import { APPROACH_TITLES } from '@/lib/domain/labels';
import { t, type MessageKey } from '@/lib/domain/i18n';

interface Props {
  approach: Approach;
  introducer?: IntroducerOption;
  onIntroducer(option: IntroducerOption | undefined): void;
}

const BY_CHANNEL = {
  linkedin: 'approachByLinkedin',
  email: 'approachByEmail',
  phone: 'approachByPhone',
} as const satisfies Record<Exclude<Approach['channel'], 'none'>, MessageKey>;

/** The suggested approach with its reasons, warnings and the introducer picker. */
export function ApproachCard({ approach, introducer, onIntroducer }: Props) {
  return (
    <section className="card" aria-labelledby="approach-title">
      <h2 id="approach-title" data-testid="approach">
        {APPROACH_TITLES[approach.kind]}
        {approach.kind !== 'none' && approach.channel !== 'none' && (
          <span className="muted small"> {t('approachBy', t(BY_CHANNEL[approach.channel]))}</span>
        )}
      </h2>
      {approach.warnings.map((warning) => (
        <p key={warning} className="warning" role="note">
          {warning}
        </p>
      ))}
      <ul className="reasons small">
        {approach.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {approach.introducers.length > 0 && (
        <label>
          <span className="label">{t('approachIntroducer')}</span>
          <select
            data-testid="introducer"
            value={introducer?.rank ?? ''}
            onChange={(e) => onIntroducer(approach.introducers.find((o) => o.rank === Number(e.target.value)))}
          >
            {/* By rank, not name: two mutuals LinkedIn shows as "Laetitia" stay two choices. */}
            {approach.introducers.map((option) => (
              <option key={option.rank} value={option.rank}>
                {option.name} — {option.why}
              </option>
            ))}
          </select>
        </label>
      )}
    </section>
  );
}
