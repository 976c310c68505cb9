/**
 * The evidence behind a snapshot, for `npm run extract -- --explain` and the popup's
 * "Copy diagnostics": per field, the rule or selector that decided it, how many
 * candidates it weighed, and those it set aside and why. Rule names, selectors,
 * degrees and counts only: never page text, never other people's names or data.
 * Computed only when asked for (the extraction itself keeps just its decisions),
 * so it costs the content script nothing until it is called.
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
import { DEGREE_RULES, PAGE_RULES, type Evidence, type Why } from './explain-rules';

export type { Evidence, Why } from './explain-rules';

function pageRule(doc: Document, url: string, r: Reading): string {
  const page = r.page;
  if (!page?.profileUrl) return PAGE_RULES.url;
  if (page.card?.era === 'guest') return PAGE_RULES.guest;
  if (page.kind === 'authwall') {
    const marker = S.AUTHWALL_MARKERS.split(',').find((selector) => doc.querySelector(selector));
    return normaliseProfileUrl(url) ? `${PAGE_RULES.wall} (${marker})` : PAGE_RULES['wall-url'];
  }
  if (!page.card) return PAGE_RULES['no-card'];
  const self = ownProfileRule(doc, page.card, page.profileUrl);
  return self
    ? (PAGE_RULES[self as keyof typeof PAGE_RULES] ?? self)
    : `${page.card.era} top card, no own-profile marker`;
}

/** The first of `selectors` whose text is `value`. */
function selectorOf(card: Element, selectors: readonly string[], value: string | undefined): string | undefined {
  return value === undefined ? undefined : selectors.find((s) => firstText(card, [s], 1000)?.startsWith(value));
}

function fieldRules(card: TopCard, r: Reading): Evidence {
  const s = r.snapshot;
  const sdui = card.era === 'sdui';
  const near = (what: string) => `SDUI line ${what} the contact-info link (${S.CONTACT_INFO})`;
  const pick = (value: string | undefined, selectors: readonly string[], fallback: string): Why => ({
    by: value === undefined ? 'not found' : ((sdui ? undefined : selectorOf(card.el, selectors, value)) ?? fallback),
  });
  const companyIcon = card.el.querySelector(S.COMPANY_ICON_SDUI) ? S.COMPANY_ICON_SDUI : '"Company · School" line';
  return {
    name: pick(s.name, sdui ? S.NAME_SDUI : S.NAME, `${sdui ? 'first h1/h2' : 'h1'} of the card`),
    headline: pick(s.headline, S.HEADLINE, near('above')),
    location: pick(s.location, S.LOCATION, near('beside')),
    company: pick(s.company, S.COMPANY, sdui ? companyIcon : `control labelled "Current company" (${S.LABELLED})`),
  };
}

function degreeWhy(doc: Document, card: TopCard, r: Reading): Why {
  const by = r.degree?.by ?? 'none';
  const all = candidates(card, r.page?.profileUrl ?? null).filter((c) => c.degree !== 'self');
  const min = Math.min(...all.map((c) => c.rank));
  const rejected = all
    .filter((c) => c.rank !== min)
    .map(
      (c) => `${c.degree}: ${c.rank >= HIDDEN ? 'hidden by markup' : 'one layout wrapper deeper (alternate state)'}`,
    );
  if (all.some((c) => c.degree !== all[0]?.degree)) {
    const shown = all.map(
      (c) => `${c.degree} ${{ true: 'laid out', false: 'not laid out', null: '?' }[`${hasLayout(c.el)}`]}`,
    );
    const none = all.every((c) => hasLayout(c.el) === null);
    rejected.push(
      none ? 'layout: none (jsdom / saved page): structure alone decides' : `layout check: ${shown.join(', ')}`,
    );
  }
  const outside = Array.from(doc.querySelectorAll(S.DEGREE_BADGES)).filter(
    (el) => !card.el.contains(el) && degreeFromBadgeOnly(textOf(el)),
  ).length;
  if (outside) rejected.push(`${outside} badges outside the top card: never read (sidebars, carousels)`);
  let rule = DEGREE_RULES[by === 'bare' && card.era === 'sdui' ? 'bare-sdui' : by] ?? by;
  if (by === 'json' || by === 'none') {
    const ids = readCardIdentity(card.el).memberIds;
    const id = subjectMemberId(doc, r.snapshot.publicId, ids);
    const from = ids.length ? 'the card' : id === r.snapshot.publicId ? 'the URL' : 'the JSON profile of the slug';
    const others = new Set(
      jsonEntities(doc, new RegExp(S.RELATION_URN))
        .map((e) => e.entityUrn)
        .filter((u) => u.startsWith(S.RELATION_URN)),
    );
    if (id) others.delete(S.RELATION_URN + id);
    rule += `; subject's member id ${id ? `from ${from}` : 'not found'}`;
    if (others.size) rejected.push(`${others.size} relationship entities of other members: ignored`);
  }
  return { by: rule, seen: all.length, rejected };
}

function actionWhy(card: Element): Why {
  const controls = Array.from(card.querySelectorAll(S.CONTROLS)).slice(0, 300);
  const inMenus = controls.filter((el) => el.closest(S.MENUS));
  const kinds = controls.filter((el) => !el.closest(S.MENUS)).map(actionKind);
  const styled = controls.some((el) => !el.closest(S.MENUS) && S.PRIMARY_CLASS.test(el.getAttribute('class') ?? ''));
  return {
    by: styled
      ? 'styled primary (PRIMARY_CLASS)'
      : kinds.some((k) => k !== 'other')
        ? 'first action in document order'
        : 'none',
    seen: controls.length,
    rejected: [
      `${inMenus.length} inside a menu (never primary, never degree evidence)`,
      `${kinds.filter((k) => k === 'other').length} not an action`,
    ],
  };
}

function mutualWhy(card: Element, r: Reading): Why {
  const links = Array.from(card.querySelectorAll('a[href*="/search/"]'));
  const mutual = links.filter((a) => asMutualLink(a));
  const followers = links.filter((a) => /followerOf=/.test(a.getAttribute('href') ?? '')).length;
  const s = r.snapshot;
  return {
    by: s.mutualsSearchUrl
      ? `connectionOf link (network ["F"]) of the subject${mutual.length ? ' in the card' : ' outside the card'}`
      : s.mutualCount !== undefined
        ? 'mutual sentence in the card (names in strong elements)'
        : 'none',
    seen: s.mutuals.length,
    rejected: followers ? [`${followers} "Followed by" (followerOf=) link: not mutuals`] : [],
  };
}

/** The snapshot of `doc` at `url`, and the evidence behind each field. */
export function explainProfile(doc: Document, url: string): { snapshot: Reading['snapshot']; evidence: Evidence } {
  const r = readProfile(doc, url);
  const card = r.page?.card;
  const evidence: Evidence = { page: { by: pageRule(doc, url, r) } };
  if (!card || !r.verdict) return { snapshot: r.snapshot, evidence };
  const identity = readCardIdentity(card.el);
  const selector = S.TOP_CARD.find(([era, sel]) => era === card.era && card.el.matches(sel))?.[1];
  evidence.card = { by: `${card.era}: ${selector ?? `section around the first ${S.GENERIC_NAME_IN_MAIN} in <main>`}` };
  evidence.identity = {
    by: `${r.verdict}${trusted(r.verdict, card) ? '' : ": card data withheld (not shown to be this URL's)"}`,
    seen: identity.slugs.length + identity.memberIds.length,
  };
  if (!trusted(r.verdict, card)) return { snapshot: r.snapshot, evidence };
  Object.assign(evidence, fieldRules(card, r));
  evidence.degree = degreeWhy(doc, card, r);
  const mine = r.snapshot.pageKind === 'profile';
  evidence.primaryAction = mine ? actionWhy(card.el) : { by: `${r.snapshot.pageKind}: not applicable` };
  evidence.mutuals = mine ? mutualWhy(card.el, r) : { by: `${r.snapshot.pageKind}: not applicable` };
  evidence.memberUrn = {
    by: identity.memberIds.length
      ? 'card (componentkey, profileUrn, connectionOf)'
      : r.snapshot.memberUrn
        ? 'mutuals link'
        : 'none',
    seen: identity.memberIds.length,
  };
  return { snapshot: r.snapshot, evidence };
}
