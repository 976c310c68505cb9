/** Set at build time (wxt.config.ts): true only in the browser tests' build (INROADS_TEST_HOOKS=1). */
declare const __INROADS_TEST_HOOKS__: boolean;
