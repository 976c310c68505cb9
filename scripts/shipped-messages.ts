/**
 * The messages.json a build ships: each message with its placeholders, without
 * the translators' descriptions and whitespace (they stay in public/_locales).
 * The shipped catalogue is a fifth of the source's size; a catalogue above
 * ~155 KB made Chromium's restarted service worker miss content-script
 * messages in our browser tests (tests/e2e/resilience.e2e.test.ts).
 */
interface SourceMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export function shippedMessages(source: string): string {
  const catalogue = JSON.parse(source) as Record<string, SourceMessage>;
  const shipped: Record<string, Pick<SourceMessage, 'message' | 'placeholders'>> = {};
  for (const [key, { message, placeholders }] of Object.entries(catalogue)) {
    shipped[key] = placeholders
      ? {
          message,
          placeholders: Object.fromEntries(
            Object.entries(placeholders).map(([name, { content }]) => [name, { content }]),
          ),
        }
      : { message };
  }
  return JSON.stringify(shipped);
}
