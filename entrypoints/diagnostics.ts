import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pageDiagnostics } from '@/lib/content/diagnostics';

// Injected on demand (activeTab) when the user asks the popup to "Copy diagnostics".
export default defineUnlistedScript(() => pageDiagnostics(document, location.href, navigator.userAgent));
