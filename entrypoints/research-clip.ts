import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { clipArticle } from '@/lib/content/research-clip';

// Injected on demand (activeTab) when the user picks "Save page to Inroads
// research"; runs Readability on a clone of the page and returns the clip.
export default defineUnlistedScript(() => clipArticle(document, location.href, Date.now()));
