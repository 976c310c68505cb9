/**
 * "Copy diagnostics": what Inroads read on this page and why, for a bug
 * report. Injected on demand into the tab the user is on (activeTab, like the
 * research clipper), never part of the LinkedIn content script. The snapshot
 * and the evidence behind each field (rules, selectors, counts): no page HTML,
 * and nobody else's data (mutual connections only as counts).
 */
import { explainProfile } from '@/lib/content/read';

export function pageDiagnostics(doc: Document, url: string, userAgent: string) {
  const { snapshot, evidence } = explainProfile(doc, url);
  const { mutuals, ...subject } = snapshot;
  return {
    format: 'inroads-diagnostics',
    browser: userAgent.slice(0, 300),
    snapshot: {
      ...subject,
      mutuals: { named: mutuals.length, linked: mutuals.filter((m) => m.url).length },
    },
    evidence,
  };
}
