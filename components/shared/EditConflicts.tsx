import { t } from '@/lib/domain/i18n';

export interface ShownConflict {
  field: string;
  label: string;
  /** What is stored now (changed elsewhere). */
  theirs: string;
  /** What the user typed. */
  mine: string;
  /** Long text (notes): offer to keep both, one after the other. */
  long?: boolean;
}

interface Props {
  conflicts: readonly ShownConflict[];
  onTheirs(field: string): void;
  onMine(field: string): void;
  onBoth?(field: string): void;
}

function Shown({ text }: { text: string }) {
  return text ? <p className="pre-wrap conflict-text">{text}</p> : <p className="muted">{t('conflictEmpty')}</p>;
}

/**
 * A field changed elsewhere (another window, a profile read) while the user
 * edited it: both values side by side, and the choice — theirs, mine, or for
 * long text both, one after the other. Nothing was saved until the user chooses.
 */
export function EditConflicts({ conflicts, onTheirs, onMine, onBoth }: Props) {
  if (conflicts.length === 0) return null;
  return (
    <div className="warning stack" role="alert" data-testid="edit-conflicts">
      <p>{t('conflictIntro')}</p>
      {conflicts.map((c) => (
        <fieldset key={c.field} className="stack">
          <legend>{c.label}</legend>
          <div>
            <span className="label">{t('conflictTheirs')}</span>
            <Shown text={c.theirs} />
          </div>
          <div>
            <span className="label">{t('conflictMine')}</span>
            <Shown text={c.mine} />
          </div>
          <div className="row">
            <button type="button" onClick={() => onTheirs(c.field)}>
              {t('conflictKeepTheirs')}
            </button>
            <button type="button" onClick={() => onMine(c.field)}>
              {t('conflictKeepMine')}
            </button>
            {c.long && onBoth && (
              <button type="button" className="primary" onClick={() => onBoth(c.field)}>
                {t('conflictKeepBoth')}
              </button>
            )}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
