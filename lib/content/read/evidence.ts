/**
 * The evidence behind a snapshot, collected on demand (never during a normal
 * extraction) as compact codes: per field, the rule or selector that decided it,
 * how many candidates it weighed, and those it set aside. Codes, selectors,
 * degrees and counts only: never page text, never other people's names or data.
 * Small enough for the content script ("Copy diagnostics"); explain.ts turns the
 * codes into words for `npm run extract -- --explain` and the popup.
 */
import { firstText, hasLayout, textOf } from './dom-text';
import { degreeFromBadgeOnly } from './languages';
import { actionKind } from './actions';
import { ownProfileRule } from './classify-page';
import { normaliseProfileUrl } from '@/lib/domain/identity/profile-url';
import { candidates, HIDDEN } from './degree';
import { readProfile, trusted, type Reading } from './extract-profile';
import { asMutualLink } from './mutuals';
import { jsonEntities, subjectMemberId } from './relation-json';
import { readCardIdentity, type TopCard } from './top-card';
import * as S from '@/lib/content/read/selectors';

export interface Why {
  /** The rule (a code or a selector) that decided the field, or why nothing did. */
  by: string;
  /** How many candidates the rule weighed. */
  seen?: number;
  /** Candidates set aside, as "<what>:<reason>" codes or counts. */
  rejected?: string[];
}

/** Why each snapshot field says what it says. A separate object, not part of the snapshot contract. */
export type Evidence = Record<string, Why>;

const count = (els: Element[], test: (el: Element) => unknown) => els.filter(test).length;

function pageCode(doc: Document, url: string, { page }: Reading): string {
  if (!page?.profileUrl) return 'url';
  if (page.card?.era === 'guest') return 'guest';
  if (page.kind === 'authwall')
    return normaliseProfileUrl(url)
      ? `wall:${S.AUTHWALL_MARKERS.split(',').find((s) => doc.querySelector(s))}`
      : 'wall-url';
  return page.card ? (ownProfileRule(doc, page.card, page.profileUrl) ?? page.card.era) : 'no-card';
}

function fields(card: TopCard, { snapshot: s }: Reading): Evidence {
  const sdui = card.era === 'sdui';
  const pick = (value: string | undefined, selectors: readonly string[], fallback: string): Why => ({
    by:
      value === undefined
        ? 'none'
        : ((!sdui || selectors === S.NAME_SDUI ? selectors : []).find((sel) =>
            firstText(card.el, [sel], 1000)?.startsWith(value),
          ) ?? fallback),
  });
  const icon = card.el.querySelector(S.COMPANY_ICON_SDUI) ? S.COMPANY_ICON_SDUI : 'company-line';
  return {
    name: pick(s.name, sdui ? S.NAME_SDUI : S.NAME, 'none'),
    headline: pick(s.headline, S.HEADLINE, 'contact:above'),
    location: pick(s.location, S.LOCATION, 'contact:beside'),
    company: pick(s.company, S.COMPANY, sdui ? icon : S.LABELLED),
  };
}

function degree(doc: Document, card: TopCard, r: Reading): Why {
  const all = candidates(card, r.page?.profileUrl ?? null).filter((c) => c.degree !== 'self');
  const min = Math.min(...all.map((c) => c.rank));
  const rejected = all
    .filter((c) => c.rank !== min)
    .map((c) => `${c.degree}:${c.rank >= HIDDEN ? 'hidden' : 'wrapped'}`);
  if (all.some((c) => c.degree !== all[0]?.degree)) {
    const shown = all.map((c) => `${c.degree}=${{ true: '1', false: '0' }[String(hasLayout(c.el))] ?? '?'}`);
    rejected.push(`layout:${all.every((c) => hasLayout(c.el) === null) ? 'none' : shown.join(',')}`);
  }
  const badges = Array.from(doc.querySelectorAll(S.DEGREE_BADGES));
  rejected.push(`outside:${count(badges, (el) => !card.el.contains(el) && degreeFromBadgeOnly(textOf(el)))}`);
  let by = r.degree?.by ?? 'none';
  if (by === 'bare' && card.era === 'sdui') by = 'bare-sdui';
  if (by === 'json' || by === 'none') {
    const ids = readCardIdentity(card.el).memberIds;
    const id = subjectMemberId(doc, r.snapshot.publicId, ids);
    by += `:id-${!id ? 'none' : ids.length ? 'card' : id === r.snapshot.publicId ? 'url' : 'json'}`;
    const urns = new Set(jsonEntities(doc, new RegExp(S.RELATION_URN)).map((e) => e.entityUrn));
    rejected.push(`others:${[...urns].filter((u) => u.startsWith(S.RELATION_URN) && !u.endsWith(`:${id}`)).length}`);
  }
  return { by, seen: all.length, rejected };
}

function actions(card: Element): Why {
  const controls = Array.from(card.querySelectorAll(S.CONTROLS)).slice(0, 300);
  const open = controls.filter((el) => !el.closest(S.MENUS));
  const styled = open.some((el) => S.PRIMARY_CLASS.test(el.getAttribute('class') ?? ''));
  const others = count(open, (el) => actionKind(el) === 'other');
  return {
    by: styled ? 'styled' : others < open.length ? 'first' : 'none',
    seen: controls.length,
    rejected: [`menu:${controls.length - open.length}`, `other:${others}`],
  };
}

function mutuals(card: Element, { snapshot: s }: Reading): Why {
  const links = Array.from(card.querySelectorAll('a[href*="/search/"]'));
  const inCard = links.some((a) => asMutualLink(a));
  return {
    by: s.mutualsSearchUrl ? (inCard ? 'link' : 'link-outside') : s.mutualCount !== undefined ? 'sentence' : 'none',
    seen: s.mutuals.length,
    rejected: [`followerOf:${count(links, (a) => a.getAttribute('href')?.includes('followerOf='))}`],
  };
}

/** The snapshot of `doc` at `url` (the same as extractProfile's), and the evidence codes behind it. */
export function collectEvidence(doc: Document, url: string): { snapshot: Reading['snapshot']; evidence: Evidence } {
  const r = readProfile(doc, url);
  const card = r.page?.card;
  const evidence: Evidence = { page: { by: pageCode(doc, url, r) } };
  if (!card || !r.verdict) return { snapshot: r.snapshot, evidence };
  const ids = readCardIdentity(card.el);
  const ok = trusted(r.verdict, card);
  evidence.card = {
    by: `${card.era}:${S.TOP_CARD.find(([e, sel]) => e === card.era && card.el.matches(sel))?.[1] ?? ''}`,
  };
  evidence.identity = { by: r.verdict + (ok ? '' : ':withheld'), seen: ids.slugs.length + ids.memberIds.length };
  if (!ok) return { snapshot: r.snapshot, evidence };
  const mine = r.snapshot.pageKind === 'profile';
  Object.assign(evidence, fields(card, r), {
    degree: degree(doc, card, r),
    primaryAction: mine ? actions(card.el) : { by: 'n/a' },
    mutuals: mine ? mutuals(card.el, r) : { by: 'n/a' },
    memberUrn: {
      by: ids.memberIds.length ? 'card' : r.snapshot.memberUrn ? 'mutuals' : 'none',
      seen: ids.memberIds.length,
    },
  });
  return { snapshot: r.snapshot, evidence };
}
