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

/** Hidden labels that state the degree in a sentence: 2025 late Ember "Relation de 2e niveau" (synthetic/2025-*). */
export const DEGREE_SENTENCES = '.visually-hidden, .a11y-text';

/** Elements that may be nothing but a badge: 2025 `<span aria-hidden="true">• 2e</span>`, 2026 SDUI `<p>· 2nd</p>`. */
export const DEGREE_BADGES = 'p, span[aria-hidden="true"]';

/** SDUI renders a second, usually invisible, badge inside this wrapper (synthetic/2026-sdui-trap-*.html). */
export const DEGREE_TRAP_WRAPPER = '[data-display-contents="true"]';

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
  '[role="menu"]', // 2026 SDUI (no fixture: rendered only once opened)
  'artdeco-dropdown-content', // 2018
  '.artdeco-dropdown__content', // 2020-2024
  '.pv-s-profile-actions__overflow-dropdown', // 2018-2020
].join(',');

/** Styled as the primary action: 2018-2024 artdeco, 2018 own profile, guest. */
export const PRIMARY_CLASS =
  /(?:^|\s)(?:artdeco-button--primary|button-primary-[a-z]+|btn-primary|top-card-layout__cta--primary)(?:\s|$)/;

/** InMail: a lock icon on Message: li-icon type (2020-11-*, 2022-03-*), SDUI svg id (no fixture), data-test-icon (synthetic/2025-*). */
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

/** Head marks of a logged-out / auth-wall page (2024-04-guest-public-profile-v3-logged-out.html). */
export const AUTHWALL_META =
  'meta[name="pageKey"][content^="public_profile"], meta[name="pageKey"][content*="authwall"]';
/** The same, plus body marks of a bare auth wall (checked only when there is no top card). */
export const AUTHWALL_MARKERS = [
  AUTHWALL_META,
  '.authwall-join-form', // /authwall page (no fixture; classify-page.test.ts)
].join(',');
