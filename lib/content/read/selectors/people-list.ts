/**
 * People-search results and a company's People page: one card per person.
 * Used only by the people-list reader, which is injected when the user asks
 * (entrypoints/people-list.ts), never by the LinkedIn content script.
 * Each entry names the era and the fixture (tests/fixtures/linkedin/…) that proves it.
 */

/** The pages that list people: a people search, and a company's People tab. */
export const PEOPLE_SEARCH_PATH = /^\/search\/results\/people\/?$/;
export const COMPANY_PEOPLE_PATH = /^\/company\/[^/]+\/people\/?$/;

/** One card per result, by priority; nested matches keep the outermost. */
export const RESULT_CARDS = [
  '[data-view-name="people-search-result"]', // 2025-2026 SDUI (synthetic/2026-sdui-people-search.html)
  'li.reusable-search__result-container', // 2021-2024 Ember (synthetic/2023-ember-people-search.html)
  '[data-chameleon-result-urn]', // 2022-2025 Ember, hashed classes (synthetic/2025-ember-french-people-search.html)
  'li.search-result', // 2018-2020 Voyager (synthetic/2018-voyager-people-search.html)
  'li.org-people-profile-card__profile-card-spacing', // 2020-2024 company People tab (synthetic/2024-ember-company-people.html)
].join(',');

/** List items, when no registry card matches: Ember's <li>, SDUI's role="listitem". */
export const LIST_ITEMS = 'li, [role="listitem"]';

/** A company's People tab: the company's name heading the page (2020-2024 Ember, synthetic/2024-ember-company-people.html), else the page's one heading. */
export const COMPANY_NAMES = ['.org-top-card-summary__title', 'main h1'];

/** The link with the person's name (the other links to them are the photo's). */
export const TITLE_LINKS = [
  'a[data-view-name="search-result-lockup-title"]', // 2025-2026 SDUI
  '.entity-result__title-text a', // 2021-2024 Ember
  'a.search-result__result-link', // 2018-2020
  '.artdeco-entity-lockup__title a', // company People tab
].join(',');

/** Inside a title link, the name alone (beside "View X's profile" and badges). */
export const NAME_PARTS = '.actor-name, span[aria-hidden="true"]';

/** The headline line, where a class names it; SDUI and hashed Ember are read by structure (people-list.ts). */
export const HEADLINES = [
  '.entity-result__primary-subtitle', // 2021-2024 Ember
  '.subline-level-1', // 2018-2020
  '.artdeco-entity-lockup__subtitle', // company People tab
  '.t-14.t-black.t-normal', // 2025 Ember, hashed row classes but LinkedIn's type scale (synthetic/2025-ember-french-people-search.html)
];

/** Elements that can be nothing but a degree badge ("• 2nd", "· 3rd+", "2e"); checked with degreeFromBadgeOnly. */
export const BADGE_CANDIDATES = 'span, p, .dist-value';

/** Parts of a page that are never the results: a right rail ("People also viewed"), headers, menus. */
export const NOT_RESULTS = 'aside, header, nav, footer, [role="complementary"], [role="menu"], .scaffold-layout__aside';

/** Lines naming shared connections, as 2018 search rows said it (the profile's phrases are in languages.ts). */
export const SHARED_CONNECTIONS = /shared connection/i;
