import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/store';
import { discardVersion, otherVersions, stampNow, type VersionedTable } from '@/lib/store/sync/versions';
import { parseStamp } from '@/lib/domain/sync/hlc';
import type { TextVersion } from '@/lib/domain/sync/merge';
import { formatDateTime } from '@/components/shared/labels';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/lib/domain/i18n';

type Choice = 'use' | 'add' | 'discard';

/**
 * Notes edited on two devices at once (sync): the other version, with a way
 * to use it instead, add it to the notes, or discard it. Nothing shows
 * without sync, or when there is one version.
 */
export function NoteVersions({ table, id, notes, save }: { table: VersionedTable; id: string; notes: string; save(notes: string): Promise<unknown> }) {
  const versions = useLiveQuery(() => otherVersions(getDb(), table, id), [table, id]) ?? [];
  const choose = useAction(async (choice: Choice, version: TextVersion) => {
    const db = getDb();
    if (choice === 'use') await save(version.v);
    if (choice === 'add') await save(notes.trim() ? `${notes}\n\n${version.v}` : version.v);
    if (choice === 'add' || choice === 'discard') await discardVersion(db, table, id, version.h, Date.now());
    else await stampNow(db, Date.now());
  }, { failure: 'commonNotSaved' });
  const shown = versions.filter((version) => version.v !== notes);
  if (shown.length === 0) return null;
  return (
    <section className="card warning" aria-label={t('noteVersionsTitle')} data-testid="note-versions">
      <h3>{t('noteVersionsTitle')}</h3>
      <p className="small">{t('noteVersionsHint')}</p>
      {shown.map((version) => (
        <div key={version.h} className="stack" data-testid="note-version">
          <p className="small muted">{t('noteVersionSaved', formatDateTime(parseStamp(version.h)?.wall ?? 0))}</p>
          <p style={{ whiteSpace: 'pre-wrap' }}>{version.v}</p>
          <div className="row">
            {(['use', 'add', 'discard'] as const).map((choice) => (
              <button key={choice} type="button" disabled={choose.busy} onClick={() => void choose.run(choice, version)}>
                {t(choice === 'use' ? 'noteVersionUse' : choice === 'add' ? 'noteVersionAdd' : 'noteVersionDiscard')}
              </button>
            ))}
          </div>
        </div>
      ))}
      <FormError error={choose.error} />
    </section>
  );
}
