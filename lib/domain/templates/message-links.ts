/** Links that hand a draft to the user's own tools: Inroads never sends anything itself. */

/** A `mailto:` link with subject and body (the user's mail program sends it). */
export function mailtoHref(to: string | undefined, subject: string, body: string): string {
  const query = new URLSearchParams();
  if (subject) query.set('subject', subject);
  query.set('body', body);
  return `mailto:${encodeURIComponent(to ?? '')}?${query.toString().replace(/\+/g, '%20')}`;
}

/** LinkedIn's own compose page for this member (a plain link: nothing is automated). */
export function linkedInMessageHref(profile: { url: string; memberUrn?: string }): string {
  if (profile.memberUrn) {
    const urn = profile.memberUrn.startsWith('urn:') ? profile.memberUrn : `urn:li:fsd_profile:${profile.memberUrn}`;
    return `https://www.linkedin.com/messaging/compose/?profileUrn=${encodeURIComponent(urn)}`;
  }
  return profile.url;
}
