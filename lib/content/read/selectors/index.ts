/**
 * The selector registry, one file per concern:
 * - selectors-top-card.ts: the top card per era, and name / headline / company / location inside it;
 * - selectors-signals.ts: degree badges, actions, own-profile markers, mutual links, auth wall.
 * Prefer URL and attribute structure over English words; words live in languages.ts.
 */
export * from './top-card';
export * from './signals';
