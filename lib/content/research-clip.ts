/**
 * "Save as research": an article page → a research clip. Readability runs on a
 * clone of the document, so the page the user is reading is never changed;
 * only plain text is kept (no markup), collapsed and capped. A page that is not
 * an article (a login form, a feed, a search page) is kept as a link only.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ResearchClip } from '@/lib/domain/model';
import { blockText, capText, collapseArticleText, collapseLine } from '@/lib/domain/research/clip-text';
import { t } from '@/lib/domain/i18n';

export type ClipDraft = Omit<ResearchClip, 'id' | 'personId' | 'company'>;

export type ClipResult = { readable: true; clip: ClipDraft } | { readable: false; clip: ClipDraft; reason: string };

/** The schema's caps (lib/domain/model/research-clip.ts). */
const CAPS = { url: 4096, title: 1000, byline: 500, site: 500, excerpt: 2000, text: 200_000 } as const;

function linkOnly(doc: Document, url: string, now: number, reason: string): ClipResult {
  const title = capText(collapseLine(doc.title ?? ''), CAPS.title) || capText(url, CAPS.title);
  return { readable: false, clip: { url: url.slice(0, CAPS.url), title, readable: false, savedAt: now }, reason };
}

function optional(value: string | null | undefined, max: number): string | undefined {
  const text = capText(collapseLine(value ?? ''), max);
  return text || undefined;
}

export function clipArticle(doc: Document, url: string, now: number, maxTextChars = 100_000): ClipResult {
  if (!isProbablyReaderable(doc)) {
    return linkOnly(doc, url, now, t('researchReasonNotArticle'));
  }
  let article: ReturnType<Readability<Node>['parse']>;
  try {
    const copy = doc.cloneNode(true) as Document;
    // The serializer hands back the node: no markup string is ever built.
    article = new Readability<Node>(copy, { serializer: (node) => node }).parse();
  } catch {
    article = null;
  }
  const content = article?.content;
  const text = collapseArticleText(content ? blockText(content) : (article?.textContent ?? ''));
  if (!article || text === '') {
    return linkOnly(doc, url, now, t('researchReasonNoText'));
  }
  const clip: ClipDraft = {
    url: url.slice(0, CAPS.url),
    title: optional(article.title, CAPS.title) ?? optional(doc.title, CAPS.title) ?? capText(url, CAPS.title),
    readable: true,
    savedAt: now,
    text: capText(text, Math.max(0, Math.min(maxTextChars, CAPS.text))),
  };
  const byline = optional(article.byline, CAPS.byline);
  if (byline) clip.byline = byline;
  const site = optional(article.siteName, CAPS.site);
  if (site) clip.site = site;
  const excerpt = optional(article.excerpt, CAPS.excerpt);
  if (excerpt) clip.excerpt = excerpt;
  return { readable: true, clip };
}

export { questionsFromClips } from '@/lib/domain/research/questions';
