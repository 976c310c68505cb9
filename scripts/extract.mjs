// `npm run -s extract -- <saved-page.html> [--url <page-url>] [--explain]`: runs scripts/extract.ts through tsx.
import { tsImport } from 'tsx/esm/api';

await tsImport('./extract.ts', import.meta.url);
