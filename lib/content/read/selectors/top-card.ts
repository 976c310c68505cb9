/**
 * Where the subject's top card is, per era, and the fields inside it.
 * Every field selector is run INSIDE the top card only. Each entry names the
 * era and the fixture (tests/fixtures/linkedin/…) that proves it.
 */

export type Era = 'sdui' | 'ember' | 'guest' | 'classic' | 'generic';

/** By priority; the first element in <main> matching any of them is the card (top-card.ts: keep mayBeCard in step). */
export const TOP_CARD: ReadonlyArray<readonly [Era, string]> = [
  // 2025-2026 SDUI: componentkey/id "com.linkedin.sdui.profile.card.ref<ACoAA…>Topcard" on the outer div and on the
  // section inside its display-contents wrapper; the outer div comes first (synthetic/2026-sdui-*.html)
  ['sdui', '[componentkey$="Topcard"]'],
  ['sdui', '[id$="Topcard"]'],
  ['sdui', '[data-view-name="profile-top-card"]'], // no fixture: named by other tools' 2026 tests
  // 2020-2024 Ember: section.pv-top-card (2020-11-pv-top-card-ph5-…, 2022-03-pv-text-details-…)
  ['ember', 'section.pv-top-card'],
  // 2018 Voyager: section.pv-top-card-section (2018-12-pv-top-card-v2-…)
  ['ember', 'section.pv-top-card-section'],
  // 2022-2025 Ember, hashed classes: the card keeps data-member-id (2022-03-… has it; synthetic/2025-*.html)
  ['ember', 'section[data-member-id]'],
  // 2020-2024 logged-out public profile (2024-04-guest-public-profile-v3-logged-out.html)
  ['guest', '.top-card-layout'],
  // 2015 classic "nprofile" (no fixture; inline page in tests/unit/content/classify-page.test.ts)
  ['classic', '#top-card'],
  ['classic', '.profile-card.vcard'],
];

/**
 * Identity: links to a profile inside the card. The subject's are its own sub-pages
 * (/overlay/contact-info/, all logged-in eras) and the link around the name heading
 * (SDUI `a[href="/in/<slug>/"] > div > div > h2`; synthetic/2026-sdui-3rd-degree-connect.html,
 * whose slug is unrelated to the name).
 */
export const PROFILE_LINKS = 'a[href*="/in/"]';
export const NAME_HEADING = 'h1, h2';

/**
 * Last resort: the section around the first h1 inside <main> / [role="main"] (synthetic/2025-ember-*.html). Its data
 * is kept only when its links name the URL's profile (synthetic/2025-generic-card-no-identity.html names nobody).
 */
export const GENERIC_NAME_IN_MAIN = 'h1';

export const NAME: readonly string[] = [
  'h1.pv-top-card-section__name', // 2018 (2018-12-*)
  'h1.text-heading-xlarge', // 2022-2024 (2022-03-*)
  'h1.top-card-layout__title', // guest (2024-04-*)
  'ul.pv-top-card--list > li.t-24', // 2020: the name is an li, not an h1 (2020-11-*)
  '.full-name', // 2015 classic (#name .full-name)
  'h1', // any era with an h1 (synthetic/2025-*)
];
/** SDUI has no h1: the name is the card's first h2, inside the link to the profile (synthetic/2026-sdui-*). */
export const NAME_SDUI: readonly string[] = ['h1', 'h2'];

export const HEADLINE: readonly string[] = [
  'h2.pv-top-card-section__headline', // 2018 (2018-12-*)
  '.ph5 .flex-1.mr5 > h2', // 2020 (2020-11-*)
  '.pv-text-details__left-panel .text-body-medium', // 2022 (2022-03-*)
  '.text-body-medium.break-words', // 2023-2025 Ember (synthetic/2025-ember-french-2nd-degree.html)
  'h2.top-card-layout__headline', // guest 2024 (2024-04-*)
  '#headline .title', // 2015 classic (classify-page.test.ts)
];

export const LOCATION: readonly string[] = [
  'h3.pv-top-card-section__location', // 2018 (2018-12-*)
  'ul.pv-top-card--list-bullet > li.t-16', // 2020 (2020-11-*)
  '.pv-text-details__left-panel > span.text-body-small', // 2022 (2022-03-*)
  'span.text-body-small.inline.t-black--light.break-words', // 2022-2025 Ember (synthetic/2025-*)
  '.profile-info-subheader .not-first-middot > span:first-child', // guest 2024 (2024-04-*)
  '.top-card__subline-item', // guest 2020-2022 (no fixture)
  '#location .locality', // 2015 classic (classify-page.test.ts)
];

export const COMPANY: readonly string[] = [
  '.pv-top-card-v2-section__company-name', // 2018 (2018-12-*)
  '[data-control-name="position_see_more"]', // 2018-2020 (2020-11-*)
  '[data-field="experience_company_logo"]', // 2023-2025 Ember (no fixture)
  '[data-section="currentPositionsDetails"] .top-card-link__description', // guest 2024 (2024-04-*)
  'a[data-tracking-control-name="public_profile_topcard-current-company"]', // guest 2020-2024 (2024-04-*)
  '#overview-summary-current li a', // 2015 classic (classify-page.test.ts)
  '#overview-summary-current li', // 2015 classic
];

/** 2022-2025 Ember: the element whose aria-label starts with languages.CURRENT_COMPANY_LABELS (2022-03-*, synthetic/2025-*). */
export const LABELLED = '[aria-label]';

/** SDUI: the company pill carries an icon whose id starts "company-" (school pills: "school-") (synthetic/2026-*). */
export const COMPANY_ICON_SDUI = 'svg[id^="company-"]';

/** The subject's contact-info link (all logged-in eras); anchors the SDUI lines (synthetic/2026-*, 2022-03-*). */
export const CONTACT_INFO = 'a[href*="/overlay/contact-info"], a[href*="/detail/contact-info"]';
