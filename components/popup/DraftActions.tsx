import { useState } from 'react';
import { copyDraft } from '@/lib/platform/clipboard';
import type { ProfileSnapshot, Template } from '@/lib/domain/model';
import type { IntroducerOption } from '@/lib/domain/approach/types';
import { MarkSentForm } from './MarkSentForm';
import type { ProfileModel } from './use-profile-model';
import { t } from '@/lib/domain/i18n';

/** The draft being acted on: what Copy, the links and Mark as sent need. */
export interface DraftActionProps {
  snapshot: ProfileSnapshot;
  model: ProfileModel;
  template: Template;
  introducer?: IntroducerOption;
  subject: string;
  body: string;
  markers: string[];
  followUpAt?: number;
  onSent(message: string): void;
}

/** A `mailto:` link with subject and body (the user's mail program sends it, not Inroads). */
export function mailtoHref(to: string | undefined, subject: string, body: string): string {
  const query = new URLSearchParams();
  if (subject) query.set('subject', subject);
  query.set('body', body);
  return `mailto:${encodeURIComponent(to ?? '')}?${query.toString().replace(/\+/g, '%20')}`;
}

/** LinkedIn's own compose page for this member (a plain link: nothing is automated). */
export function linkedInMessageHref(snapshot: ProfileSnapshot): string {
  if (snapshot.memberUrn) {
    const urn = snapshot.memberUrn.startsWith('urn:') ? snapshot.memberUrn : `urn:li:fsd_profile:${snapshot.memberUrn}`;
    return `https://www.linkedin.com/messaging/compose/?profileUrn=${encodeURIComponent(urn)}`;
  }
  return snapshot.url;
}

export function DraftActions(props: DraftActionProps) {
  const { snapshot, model, subject, body } = props;
  const [copied, setCopied] = useState('');
  const [marking, setMarking] = useState(false);
  const copy = async () => setCopied(await copyDraft(subject, body));
  return (
    <>
      <div className="row">
        <button type="button" onClick={copy}>
          {t('draftCopy')}
        </button>
        <a className="button" href={mailtoHref(model.person?.email, subject, body)} target="_blank" rel="noreferrer">
          {t('draftOpenEmail')}
        </a>
        <a className="button" href={linkedInMessageHref(snapshot)} target="_blank" rel="noreferrer">
          {t('draftOpenLinkedin')}
        </a>
        <button type="button" className="primary" onClick={() => setMarking(true)} aria-expanded={marking}>
          {t('draftMarkSent')}
        </button>
      </div>
      {/* Always rendered: a live region announces changes, not its own arrival. */}
      <p className="small" role="status">
        {copied}
      </p>
      {marking && <MarkSentForm {...props} onCancel={() => setMarking(false)} onSent={(m) => (setMarking(false), props.onSent(m))} />}
    </>
  );
}
