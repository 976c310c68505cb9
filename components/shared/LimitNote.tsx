import { t } from '@/lib/domain/i18n';

const count = (n: number) => n.toLocaleString('en-US');

/** Shown from this share of the limit on, so short texts stay uncluttered. */
const SHOW_FROM = 0.8;

/**
 * A text's length against what Inroads keeps (the limit a backup restores),
 * in words: shown as the text nears the limit, and as an error past it (a
 * value stored before the limits, or pasted around maxLength).
 */
export function LimitNote({ id, length, max }: { id: string; length: number; max: number }) {
  if (length <= max * SHOW_FROM) return null;
  const over = length > max;
  return (
    <span id={id} className={over ? 'error small' : 'muted small'} role={over ? 'alert' : undefined}>
      {over ? t('limitOver', [count(length), count(max)]) : t('limitCount', [count(length), count(max)])}
    </span>
  );
}

/** The id LimitNote gets for a field, when shown (for aria-describedby). */
export const limitNoteId = (formId: string, field: string, length: number, max: number) =>
  length > max * SHOW_FROM ? `${formId}-${field}-limit` : undefined;
