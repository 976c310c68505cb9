import { t } from '@/lib/domain/i18n';
const count = (n: number) => n.toLocaleString('en-US');

/** A labelled progress bar with a polite live text, e.g. "Imported 3,000 of 30,000…". */
export function ProgressBar({
  label,
  verb,
  done,
  total,
}: {
  label: string;
  verb: string;
  done: number;
  total: number;
}) {
  const finished = total > 0 && done >= total;
  const text =
    total === 0
      ? t('progressStarting', label)
      : t(finished ? 'progressFinished' : 'progressRunning', [verb, count(done), count(total)]);
  return (
    <div className="progress-block">
      <label>
        <span className="label">{label}</span>
        <progress max={Math.max(total, 1)} value={total === 0 ? undefined : Math.min(done, total)} />
      </label>
      <p role="status" aria-live="polite" className="small">
        {text}
      </p>
    </div>
  );
}
