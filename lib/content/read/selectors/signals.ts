/**
 * Degree badges, actions, self markers, mutual-connection links and auth-wall
 * markers. Queried inside the top card unless a comment says otherwise.
 * Each entry names the era and the fixture (tests/fixtures/linkedin/…) that proves it.
 */

/** Elements whose text states the degree (read with languages.degreeFromText). */
export const DEGREE_LABELS = [
  '.distance-badge .visually-hidden', // 2018-2024 "1st degree connection" (2018-12-*, 2020-11-*, 2022-03-*)
  '.dist-value', // 2018-2024 visible "1st" / "3rd" (same fixtures)
  '.fp-degree-icon', // 2015 classic: <span class="fp-degree-icon"><abbr>1<sup>st</sup></abbr></span> (classify-page.test.ts)
].join(',');

/**
 * Hidden labels that state the degree in a sentence: 2025 late Ember "Relation de 2e niveau"
 * (synthetic/2025-ember-french-2nd-degree.html), "1st degree connection" (synthetic/2025-ember-body-only-1st-degree.html).
 */
export const DEGREE_SENTENCES = '.visually-hidden, .a11y-text';

/**
 * Elements that may be nothing but a badge: 2025 `<span aria-hidden="true">• 2e</span>` (synthetic/2025-ember-*),
 * 2026 SDUI `<p>· 2nd</p>` (synthetic/2026-sdui-*; in SDUI only those of the name line count, see degree.ts).
 */
export const DEGREE_BADGES = 'p, span[aria-hidden="true"]';

/**
 * SDUI layout wrapper (CSS `display: contents`): it marks nesting, never hiding. The whole card sits
 * in one (`div[componentkey$=Topcard] > div[data-display-contents] > section`), and of the degree
 * pair beside the name the alternate state sits in one more than the subject's own badge
 * (synthetic/2026-sdui-1st-degree.html, 2026-sdui-1st-degree-wrapped-first.html, 2026-sdui-2nd-degree-*.html).
 */
export const LAYOUT_WRAPPER = 'data-display-contents';

/** Anything a person can press. */
export const CONTROLS = [
  'button',
  'a[href]',
  '[role="button"]',
  '[role="menuitem"]',
  'artdeco-dropdown-item', // 2018 "More…" items (2018-12-*)
  '.artdeco-dropdown__item', // 2020 "More…" items (2020-11-*)
].join(',');

/** Containers of secondary actions ("More…" menus). Actions inside never count as primary. */
export const MENUS = [
  '[role="menu"]', // 2026 SDUI, rendered once opened (synthetic/2026-sdui-2nd-degree-open-menu.html)
  'artdeco-dropdown-content', // 2018 (2018-12-*)
  '.artdeco-dropdown__content', // 2020-2025 (2020-11-*, synthetic/2025-ember-out-of-network.html: Connect inside)
  '.pv-s-profile-actions__overflow-dropdown', // 2018-2020
].join(',');

/** Styled as the primary action: 2018-2024 artdeco, 2018 own profile, guest. */
export const PRIMARY_CLASS =
  /(?:^|\s)(?:artdeco-button--primary|button-primary-[a-z]+|btn-primary|top-card-layout__cta--primary)(?:\s|$)/;

/**
 * InMail: a lock icon on Message: li-icon type (2020-11-*, 2022-03-*), SDUI svg id (no fixture),
 * data-test-icon (synthetic/2025-ember-french-2nd-degree.html, 2025-ember-out-of-network.html).
 */
export const LOCK_ICON = '[type="lock-icon"], svg[id^="lock"], [data-test-icon^="lock"]';
/** Connect icon: li-icon type (2020-11-*, 2022-03-* menus), SDUI svg id (synthetic/2026-*), data-test-icon (synthetic/2025-*). */
export const CONNECT_ICON = '[type="connect-icon"], svg[id^="connect"], [data-test-icon^="connect"]';

/** Own profile, inside the top card (2018-12-pv-top-card-v2-own-profile.html; synthetic/2026-sdui-own-profile.html). */
export const SELF_MARKERS = [
  'a[href*="/edit/topcard"]', // 2018
  '[data-control-name="edit_top_card"]', // 2018
  '[data-control-name="profile_edit_fab"]', // 2018 "Add profile section"
  '.profile-photo-edit', // 2018
  'a[href*="/edit/intro"]', // 2023-2026 (synthetic/2026-sdui-own-profile.html)
  'a[href*="/edit/forms/intro"]', // 2023-2025 (no fixture)
  'a[href*="isSelfProfile=true"]', // 2026 SDUI (synthetic/2026-sdui-own-profile.html)
  'a[href*="screenContext=SELF_PROFILE"]', // 2026 SDUI; others' pages carry NON_SELF_PROFILE_VIEW (synthetic/2026-*)
  'a[href*="/profile/edit"]', // 2015 classic (no fixture)
  '.edit-field-button', // 2015 classic: #name.editable-item button.edit-field-button (classify-page.test.ts)
].join(',');

/** Links to the mutual-connections search: connectionOf (2026) / facetConnectionOf (2018-2024). Any scope. */
export const MUTUAL_LINKS = 'a[href*="onnectionOf="]';
/** Where the 2018 "Highlights" card puts them, outside the top card (2018-12-*-highlights-mutual.html). */
export const MUTUAL_OUTSIDE_CARD = ['.pv-highlights-section', 'main', '[role="main"]'];

/** Links whose query names the subject: custom-invite (synthetic/2026-*), vieweeVanityName (2024-04-*). */
export const VANITY_LINKS = 'a[href*="anityName="]';
/** Links carrying the subject's member id: SDUI Message profileUrn=… (synthetic/2026-*), connectionOf (2018-12-*). */
export const MEMBER_ID_LINKS = 'a[href*="profileUrn="], a[href*="onnectionOf="]';

/**
 * Marks of a logged-out / auth-wall page, anywhere in the document (some saved pages have no <head>):
 * pageKey public_profile_* (2024-04-guest-public-profile-v3-logged-out.html), auth_wall_desktop_profile
 * and a canonical …/authwall (synthetic/2026-authwall-logged-out.html), the /authwall form (classify-page.test.ts).
 */
export const AUTHWALL_MARKERS = [
  'meta[name="pageKey"][content^="public_profile"]',
  'meta[name="pageKey"][content*="authwall"]',
  'meta[name="pageKey"][content*="auth_wall"]',
  'link[rel="canonical"][href*="/authwall"]',
  '.authwall-join-form',
].join(',');

/**
 * Late Ember's embedded JSON (<code> blocks): `urn:li:fsd_memberRelationship:<member id>` entities carry
 * memberDistance, `urn:li:fsd_profile:<id>` entities the publicIdentifier. Read only for the subject's
 * member id (synthetic/2025-ember-out-of-network.html; the 2022-03-* search leftovers never match).
 */
export const PAGE_JSON = 'code';
export const RELATION_URN = 'urn:li:fsd_memberRelationship:';
export const PROFILE_URN = 'urn:li:fsd_profile:';
