/**
 * The one zod import for the project. MV3's CSP forbids `new Function`, which
 * zod 4 uses for its JIT object parser, so jitless mode is set before any
 * schema is defined (zod docs: "z.config({ jitless: true })").
 *
 * The English messages are set here too: zod sets them in a module its
 * package marks free of side effects, so the extension's bundler dropped them
 * and every problem read "Invalid input" (tests/unit/domain/model/zod-messages.test.ts
 * bundles this module the way the build does and checks the words are there).
 * Inroads words the common problems itself (issue-text.ts); these are the rest.
 */
import { z } from 'zod';
import { en } from 'zod/locales';

z.config({ jitless: true, ...en() });

export { z };
