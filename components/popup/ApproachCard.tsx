import { useEffect, useState } from 'react';
import type { Approach, IntroducerOption } from '@/lib/domain/approach/types';
import { reasonsOpen, rememberReasonsOpen } from '@/lib/platform/reasons-open';
import { APPROACH_TITLES } from '@/lib/domain/labels';
import { t, type MessageKey } from '@/lib/domain/i18n';

interface Props {
  /** The profile shown: the reasons' open or collapsed state is remembered for it (browser session). */
  profileUrl: string;
  approach: Approach;
  introducer?: IntroducerOption;
  onIntroducer(option: IntroducerOption | undefined): void;
}

const BY_CHANNEL = {
  linkedin: 'approachByLinkedin',
  email: 'approachByEmail',
  phone: 'approachByPhone',
} as const satisfies Record<Exclude<Approach['channel'], 'none'>, MessageKey>;

/**
 * The suggested approach with its reasons, warnings and the introducer picker.
 * The reasons fold under their first one (the popup is 600 pixels high: the
 * draft and Mark as sent stay in view); opening them is remembered for this
 * person until the browser closes.
 */
export function ApproachCard({ profileUrl, approach, introducer, onIntroducer }: Props) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    let active = true;
    void reasonsOpen(profileUrl).then((stored) => active && setOpen(stored), () => undefined);
    return () => {
      active = false;
    };
  }, [profileUrl]);
  const toggle = (next: boolean) => {
    if (next === open) return;
    setOpen(next);
    void rememberReasonsOpen(profileUrl, next).catch(() => undefined);
  };
  const [first, ...more] = approach.reasons;
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
      {first !== undefined && (
        <details className="reasons small" open={open} onToggle={(e) => toggle(e.currentTarget.open)} data-testid="reasons">
          <summary>
            {first}
            {more.length > 0 && !open && <span className="muted"> {t('approachMoreReasons', more.length)}</span>}
          </summary>
          <ul className="reasons">
            {more.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
      {approach.introducers.length > 0 && (
        <label className="inline-label">
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
