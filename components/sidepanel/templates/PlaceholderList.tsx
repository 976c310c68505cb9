import { PLACEHOLDER_LABELS, PLACEHOLDER_NAMES, type PlaceholderName } from '@/lib/domain/templates/render/placeholders';
import { t } from '@/lib/domain/i18n';

/** The placeholders a template may use; each button inserts one into the text. */
export function PlaceholderList({ onInsert }: { onInsert: (name: PlaceholderName) => void }) {
  return (
    <details className="placeholder-list">
      <summary>{t('templatesPlaceholders')}</summary>
      <ul className="plain row small">
        {PLACEHOLDER_NAMES.map((name) => (
          <li key={name}>
            <button type="button" onClick={() => onInsert(name)} title={t('templatesInsert', PLACEHOLDER_LABELS[name])}>
              <code>{`{{${name}}}`}</code> <span className="muted">{PLACEHOLDER_LABELS[name]}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
