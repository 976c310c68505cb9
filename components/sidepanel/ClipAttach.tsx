import { useMemo, useState } from 'react';
import { getDb } from '../../lib/db';
import { attachClip } from '../../lib/db/clips';
import { foldText } from '../../lib/db/target-search';
import type { ResearchClip } from '../../lib/model';
import type { TargetChoice } from './ClipCard';

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

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await attachClip(getDb(), clip.id, { personId, company });
      const who = targets.find((t) => t.id === personId)?.name;
      setStatus({
        ok: true,
        text:
          who || company.trim() ? `Attached to ${[who, company.trim()].filter(Boolean).join(' and ')}.` : 'Detached.',
      });
    } catch (e) {
      setStatus({ ok: false, text: (e as Error).message });
    }
  };

  return (
    <details className="clip-attach">
      <summary>Attach to a person or company</summary>
      <form className="stack" onSubmit={save} aria-label={`Attach “${clip.title}”`}>
        <label>
          <span className="label">Find a target</span>
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          <span className="label">Person</span>
          <select value={personId} onChange={(e) => setPersonId(e.target.value)}>
            <option value="">— nobody —</option>
            {choices.shown.map((t) => (
              <option key={t.id} value={t.id}>
                {t.company ? `${t.name} (${t.company})` : t.name}
              </option>
            ))}
          </select>
        </label>
        {choices.more > 0 && <p className="small muted">{choices.more} more match; type more of the name.</p>}
        <label>
          <span className="label">Company</span>
          <input value={company} maxLength={300} onChange={(e) => setCompany(e.target.value)} placeholder="e.g. Acme" />
        </label>
        <button type="submit" className="primary">
          Save
        </button>
        <p role="status" aria-live="polite" className={status?.ok === false ? 'error small' : 'ok small'}>
          {status?.text ?? ''}
        </p>
      </form>
    </details>
  );
}
