import { getDb } from '@/lib/store';
import { deleteClip } from '@/lib/store/history/clips';
import type { ResearchClip } from '@/lib/domain/model';
import { formatDay } from '@/components/shared/labels';
import { ClipAttach, type TargetChoice } from './ClipAttach';
import { routeHref } from '@/components/sidepanel/use-route';
import { t } from '@/lib/domain/i18n';
import { textWith } from '@/components/shared/text-with';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';

/** Only web pages are linked; anything else (javascript:, data:, file:) is shown as text. */
export function webUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** One saved page: where it is from, what it says, who it is about. Page text is rendered as text only. */
export function ClipCard({ clip, targets }: { clip: ResearchClip; targets: readonly TargetChoice[] }) {
  const href = webUrl(clip.url);
  const person = clip.personId ? targets.find((t) => t.id === clip.personId) : undefined;
  const source = [clip.site, clip.byline].filter(Boolean).join(' · ');
  const remove = useAction(() => deleteClip(getDb(), clip.id), { failure: 'commonNotDeleted' });
  return (
    <article className="card stack clip" aria-label={clip.title}>
      <h2>
        {href ? (
          <a href={href} target="_blank" rel="noreferrer">
            {clip.title}
          </a>
        ) : (
          clip.title
        )}
      </h2>
      <p className="small muted">
        {source && `${source} · `}
        {t('clipSaved', formatDay(clip.savedAt))} {!clip.readable && <span className="pill">{t('clipLinkOnly')}</span>}
      </p>
      {!href && <p className="small muted">{clip.url}</p>}
      {clip.excerpt && <p>{clip.excerpt}</p>}
      {clip.text && (
        <details>
          <summary>{t('clipReadText')}</summary>
          <div className="clip-text">{clip.text}</div>
        </details>
      )}
      <p className="small">
        {textWith('clipAbout', [
          person ? (
            <a href={routeHref({ view: 'person', personId: person.id })}>{person.name}</a>
          ) : clip.personId ? (
            t('clipPersonGone')
          ) : (
            t('clipUnattached')
          ),
        ])}
        {clip.company && ` ${t('clipAboutCompany', clip.company)}`}
      </p>
      <div className="row">
        <ClipAttach clip={clip} targets={targets} />
        <button type="button" className="danger" disabled={remove.busy} onClick={() => window.confirm(t('clipDeleteConfirm', clip.title)) && void remove.run()}>
          {t('commonDelete')}
        </button>
      </div>
      <FormError error={remove.error} />
    </article>
  );
}
