import type { Settings } from '@/lib/domain/model';
import { checkBackInWindow } from '@/lib/domain/cadence/cadence';
import { fromDateInput } from '@/components/shared/labels';
import { t } from '@/lib/domain/i18n';
import { PERSON_LIMITS } from '@/lib/domain/model/limits';

export interface ReferralDraft {
  key: number;
  name: string;
  url: string;
  company: string;
  nameAllowed: boolean;
  contactFirst: boolean;
  checkBack: string;
  error?: string;
}

interface Props {
  referral: ReferralDraft;
  index: number;
  meetingAt: number;
  /** Who gave the referral (the person met). */
  referrerName: string;
  settings: Settings;
  onChange(change: Partial<ReferralDraft>): void;
  onRemove?(): void;
}

/** One person the user was referred to, as typed in the meeting form. */
export function ReferralFields({ referral: r, index, meetingAt, referrerName, settings, onChange, onRemove }: Props) {
  const checkBackAt = fromDateInput(r.checkBack);
  const outside =
    r.contactFirst &&
    checkBackAt !== undefined &&
    !checkBackInWindow(meetingAt, checkBackAt, settings.timeZone || undefined);
  const id = `referral-${r.key}`;
  return (
    <fieldset className="card stack" data-testid="referral-fields">
      <legend>{t('referralsNumber', index + 1)}</legend>
      <div className="row">
        <label>
          <span className="label">{t('referralsName')}</span>
          <input value={r.name} maxLength={PERSON_LIMITS.name} onChange={(e) => onChange({ name: e.target.value })} />
        </label>
        <label>
          <span className="label">{t('referralsCompany')}</span>
          <input value={r.company} maxLength={PERSON_LIMITS.company} onChange={(e) => onChange({ company: e.target.value })} />
        </label>
      </div>
      <label>
        <span className="label">{t('referralsLink')}</span>
        <input
          inputMode="url"
          maxLength={2048}
          value={r.url}
          onChange={(e) => onChange({ url: e.target.value })}
          placeholder={t('referralsLinkExample')}
          aria-invalid={r.error ? true : undefined}
          aria-describedby={r.error ? `${id}-error` : undefined}
          style={{ width: '100%' }}
        />
      </label>
      <label className="check">
        <input type="checkbox" checked={r.nameAllowed} onChange={(e) => onChange({ nameAllowed: e.target.checked })} />
        <span>{t('referralsMayUseName', referrerName)}</span>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={r.contactFirst}
          onChange={(e) => onChange({ contactFirst: e.target.checked })}
        />
        <span>{t('referralsContactFirst', referrerName)}</span>
      </label>
      {r.contactFirst && (
        <label>
          <span className="label">{t('referralsCheckBackLabel')}</span>
          <input type="date" value={r.checkBack} onChange={(e) => onChange({ checkBack: e.target.value })} />
        </label>
      )}
      {outside && <p className="warning small">{t('referralsCheckBackWindow')}</p>}
      {r.error && (
        <p id={`${id}-error`} className="error small" role="alert">
          {r.error}
        </p>
      )}
      {onRemove && (
        <button type="button" className="link" onClick={onRemove}>
          {t('referralsRemove', index + 1)}
        </button>
      )}
    </fieldset>
  );
}
