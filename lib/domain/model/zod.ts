/**
 * The one zod import for the project. MV3's CSP forbids `new Function`, which
 * zod 4 uses for its JIT object parser, so jitless mode is set before any
 * schema is defined (zod docs: "z.config({ jitless: true })").
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
