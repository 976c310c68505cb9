import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readVisiblePeople } from '@/lib/content/people-list';

// Injected on request, when the user clicks "List people on this page" in the side panel: reads
// the people the page shows now and returns them; adds, scrolls, clicks and fetches nothing.
export default defineUnlistedScript(() => readVisiblePeople(document, location.href));
