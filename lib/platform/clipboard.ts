/** Copies a draft (subject, blank line, body) and says how it went, in the user's words. */
export async function copyDraft(subject: string, body: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(subject ? `${subject}\n\n${body}` : body);
    return 'Copied to the clipboard.';
  } catch {
    return 'Could not copy: select the text and copy it yourself.';
  }
}
