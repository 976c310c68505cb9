import { useMemo, useState } from 'react';
import { getDb } from '@/lib/store';
import { attachClip } from '@/lib/store/history/clips';
import { foldText } from '@/lib/store/people/target-search';
import type { ResearchClip } from '@/lib/domain/model';
import { plural, t } from '@/lib/domain/i18n';
import { useAction } from '@/components/shared/use-action';

export interface TargetChoice {
  id: string;
  name: string;
  company?: string;
}

/** Targets offered in the list at once; the search narrows them down. */
const SHOWN = 50;

/** Attach a clip to a target (search + pick) and/or a company (free text). */
export function ClipAttach({ clip, targets }: { clip: ResearchClip; targets: readonly TargetChoice[] }) {
  const [search, setSearch] = useState('');
  const [personId, setPersonId] = useState(clip.personId ?? '');
  const [company, setCompany] = useState(clip.company ?? '');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const choices = useMemo(() => {
    const words = foldText(search).split(' ').filter(Boolean);
    const found = targets.filter((t) => {
      const key = foldText(`${t.name} ${t.company ?? ''}`);
      return words.every((w) => key.includes(w));
    });
    const shown = found.slice(0, SHOWN);
    const picked = targets.find((t) => t.id === personId);
    if (picked && !shown.includes(picked)) shown.unshift(picked);
    return { shown, more: found.length - Math.min(found.length, SHOWN) };
  }, [search, targets, personId]);

  const save = useAction(
    async () => {
      await attachClip(getDb(), clip.id, { personId, company });
      const who = targets.find((target) => target.id === personId)?.name;
      const at = company.trim();
      return who && at ? t('clipAttachedToBoth', [who, at]) : who || at ? t('clipAttachedTo', who || at) : t('clipDetached');
    },
    {
      failure: 'commonNotSaved',
      onDone: (text) => setStatus({ ok: true, text }),
      onError: (text) => setStatus({ ok: false, text }),
    },
  );

  return (
    <details className="clip-attach">
      <summary>{t('clipAttach')}</summary>
      <form className="stack" onSubmit={save.submit} aria-label={t('clipAttachNamed', clip.title)}>
        <label>
          <span className="label">{t('clipFindTarget')}</span>
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          <span className="label">{t('clipPerson')}</span>
          <select value={personId} onChange={(e) => setPersonId(e.target.value)}>
            <option value="">{t('clipNobody')}</option>
            {choices.shown.map((target) => (
              <option key={target.id} value={target.id}>
                {target.company ? `${target.name} (${target.company})` : target.name}
              </option>
            ))}
          </select>
        </label>
        {choices.more > 0 && <p className="small muted">{plural('clipMoreMatch', choices.more)}</p>}
        <label>
          <span className="label">{t('clipCompany')}</span>
          <input
            value={company}
            maxLength={300}
            onChange={(e) => setCompany(e.target.value)}
            placeholder={t('clipCompanyExample')}
          />
        </label>
        <button type="submit" className="primary" disabled={save.busy}>
          {t('commonSave')}
        </button>
        <p role="status" aria-live="polite" className={status?.ok === false ? 'error small' : 'ok small'}>
          {status?.text ?? ''}
        </p>
      </form>
    </details>
  );
}
