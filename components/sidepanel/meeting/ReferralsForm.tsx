import { useId, useState } from 'react';
import { getDb } from '@/lib/store';
import { recordReferrals, type ReferralGiven } from '@/lib/store/use-cases/record-referrals';
import { InroadsError } from '@/lib/domain/errors';
import { useAction } from '@/components/shared/use-action';
import { normaliseProfileUrl } from '@/lib/domain/identity/profile-url';
import type { Meeting, Person, Settings, Touch } from '@/lib/domain/model';
import { defaultCheckBackAt } from '@/lib/domain/cadence/cadence';
import { fromDateInput, toDateInput } from '@/components/shared/labels';
import { ReferralFields, type ReferralDraft } from './ReferralFields';
import { ReferralsGiven } from './ReferralsGiven';
import { plural, t } from '@/lib/domain/i18n';

interface Props {
  /** Where the referrals were given: a meeting, or a reply or a decline ("ask Jordan instead"). */
  given: { meeting: Meeting } | { answer: Touch };
  person: Person;
  settings: Settings;
  onStatus(message: string): void;
}

let nextKey = 1;

/** Checks one typed referral; blank rows are skipped (undefined). */
export function toReferral(r: ReferralDraft, defaultAt: number): ReferralGiven | string | undefined {
  const name = r.name.trim();
  const url = r.url.trim();
  if (!name && !url && !r.company.trim()) return undefined;
  if (!name) return t('referralsEnterName');
  const profileUrl = url ? normaliseProfileUrl(url) : undefined;
  if (profileUrl === null) return t('referralsBadLink');
  const checkBackAt = !r.contactFirst
    ? undefined
    : r.checkBack === toDateInput(defaultAt)
      ? defaultAt
      : fromDateInput(r.checkBack);
  if (r.contactFirst && checkBackAt === undefined) return t('referralsPickCheckBack');
  return {
    name,
    nameAllowed: r.nameAllowed,
    ...(profileUrl ? { profileUrl } : {}),
    ...(r.company.trim() ? { company: r.company.trim() } : {}),
    ...(checkBackAt !== undefined ? { checkBackAt } : {}),
  };
}

/** Referrals given in the meeting (or a reply, or a decline): each becomes a new target linked to who referred them. */
export function ReferralsForm({ given, person, settings, onStatus }: Props) {
  const source = 'meeting' in given ? { id: given.meeting.id, at: given.meeting.at, referrals: given.meeting.referrals } : undefined;
  const answer = 'answer' in given ? given.answer : undefined;
  const at = source?.at ?? answer!.at;
  const defaultAt = defaultCheckBackAt(at, settings);
  const headingId = useId();
  const blank = (): ReferralDraft => ({
    key: nextKey++,
    name: '',
    url: '',
    company: '',
    nameAllowed: false,
    contactFirst: false,
    checkBack: toDateInput(defaultAt),
  });
  const [rows, setRows] = useState<ReferralDraft[]>(() => [blank()]);
  const [added, setAdded] = useState<string[]>([]);
  const change = (key: number, patch: Partial<ReferralDraft>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch, error: undefined } : r)));
  const save = useAction(
    async () => {
      const checked = rows.map((r) => toReferral(r, defaultAt));
      const errors = checked.map((c) => (typeof c === 'string' ? c : undefined));
      if (errors.some(Boolean)) {
        setRows((all) => all.map((r, i) => ({ ...r, error: errors[i] })));
        return undefined;
      }
      const referrals = checked.filter((c): c is ReferralGiven => typeof c === 'object');
      if (referrals.length === 0) throw new InroadsError('referralsTypeName');
      return recordReferrals(getDb(), source ? source.id : { touchId: answer!.id }, referrals, Date.now());
    },
    {
      failure: 'commonNotSaved',
      onError: onStatus,
      onDone: (ids) => {
        if (!ids) return;
        setAdded(ids);
        setRows([blank()]);
        onStatus(plural('referralsAdded', ids.length, [ids.length, person.name]));
      },
    },
  );
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('referralsTitle')}</h2>
      <p className="small muted">{t('referralsIntro', person.name)}</p>
      <ReferralsGiven referrals={source?.referrals ?? answer?.referrals ?? []} added={added} />
      <form className="stack" onSubmit={save.submit} aria-label={t('referralsFormLabel')}>
        {rows.map((r, i) => (
          <ReferralFields
            key={r.key}
            referral={r}
            index={i}
            meetingAt={at}
            referrerName={person.name}
            settings={settings}
            onChange={(patch) => change(r.key, patch)}
            onRemove={rows.length > 1 ? () => setRows((all) => all.filter((x) => x.key !== r.key)) : undefined}
          />
        ))}
        <div className="row">
          <button type="button" onClick={() => setRows((all) => [...all, blank()])}>
            {t('referralsAddAnother')}
          </button>
          <button type="submit" className="primary" disabled={save.busy}>
            {t('referralsSave')}
          </button>
        </div>
      </form>
    </section>
  );
}
