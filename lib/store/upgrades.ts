/**
 * The upgrades that rewrite rows (schema versions 3 to 6), in one module that
 * database.ts loads only when a database needs one: they run once per version,
 * so they stay out of every page's first paint (the popup's budget), and with
 * them the cadence engine that version 4 recomputes next actions with.
 */
export { codesNotSentences } from './upgrade-v4';
export { withinStoredLimits } from './upgrade-v5';
export { companyIndex } from './upgrade-v6';
export { copyImportedPeople } from './upgrade-v3';
