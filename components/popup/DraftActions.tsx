import { lazy, Suspense, useEffect, useState } from 'react';
import { copyDraft } from '@/lib/platform/clipboard';
import type { ProfileSnapshot, Template } from '@/lib/domain/model';
import type { IntroducerOption } from '@/lib/domain/approach/types';
import { followUpDate } from '@/lib/domain/cadence/dates';
import { TOUCH_LABELS } from '@/lib/domain/labels';
import { linkedInMessageHref, mailtoHref } from '@/lib/domain/templates/message-links';
import { touchKindFor } from '@/lib/domain/templates/compose-draft';
import { formatDay } from '@/components/shared/labels';
import type { ProfileModel } from './use-profile-model';
import { t } from '@/lib/domain/i18n';
import { useIntroducerContact } from './use-introducer-contact';

// Out of the popup's first paint: the form loads once the popup is idle (or on the click), its use case on submit.
const loadMarkSentForm = () => import('@/components/shared/MarkSentForm');
const MarkSentForm = lazy(() => loadMarkSentForm().then((m) => ({ default: m.MarkSentForm })));

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
  /** The date field changed: the draft re-renders its promised day (one date per promise). */
  onPromisedChange?(at: number): void;
  promiseWarning?: string;
  /** Why Mark as sent must wait (the greeting and the introducer disagree). */
  blocked?: boolean;
}

export function DraftActions(props: DraftActionProps) {
  const { snapshot, model, template, subject, body } = props;
  const [copied, setCopied] = useState('');
  const [marking, setMarking] = useState(false);
  const [openedAt] = useState(() => Date.now());
  // Fetched once the popup is idle after its first paint, so the click opens the form at once.
  useEffect(() => {
    // A prefetch that fails says nothing: the click loads the form again and shows any error.
    const prefetch = () => void loadMarkSentForm().catch(() => undefined);
    if (!window.requestIdleCallback) {
      const timer = window.setTimeout(prefetch, 200);
      return () => window.clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(prefetch);
    return () => window.cancelIdleCallback(idle);
  }, []);
  const copy = async () => setCopied(await copyDraft(subject, body));
  const kind = touchKindFor(template.moment);
  // An introduction request is a message to the introducer: their e-mail and their profile.
  const toIntroducer = kind === 'introduction-request' ? props.introducer : undefined;
  const contact = useIntroducerContact(toIntroducer);
  const email = toIntroducer ? contact.email : model.person?.email;
  const linkedIn = toIntroducer ? (contact.url ?? snapshot.mutualsSearchUrl) : undefined;
  const onSent = (promised: number | undefined) => {
    setMarking(false);
    props.onSent(
      promised
        ? t('draftRecordedFollowUp', [TOUCH_LABELS[kind], formatDay(promised)])
        : t('draftRecorded', TOUCH_LABELS[kind]),
    );
  };
  return (
    <>
      <div className="row">
        <button type="button" onClick={copy}>
          {t('draftCopy')}
        </button>
        <a
          className="button"
          href={mailtoHref(email, subject, body)}
          target="_blank"
          rel="noreferrer"
          data-testid="open-email"
        >
          {t('draftOpenEmail')}
        </a>
        {(!toIntroducer || linkedIn) && (
          <a
            className="button"
            href={linkedIn ?? linkedInMessageHref(snapshot)}
            target="_blank"
            rel="noreferrer"
            data-testid="open-linkedin"
          >
            {t('draftOpenLinkedin')}
          </a>
        )}
        <button
          type="button"
          className="primary"
          onClick={() => setMarking(true)}
          aria-expanded={marking}
          disabled={props.blocked}
        >
          {t('draftMarkSent')}
        </button>
      </div>
      {/* Always rendered: a live region announces changes, not its own arrival. */}
      <p className="small" role="status">
        {copied}
      </p>
      {marking && (
        <Suspense fallback={null}>
          <MarkSentForm
            layout="card"
            message={{
              ...(model.person ? { personId: model.person.id } : {}),
              snapshot,
              kind,
              text: body,
              ...(subject ? { subject } : {}),
              templateId: template.id,
              promisedFollowUpAt: props.followUpAt ?? followUpDate(openedAt, model.settings),
              ...(props.introducer ? { introducer: props.introducer } : {}),
            }}
            defaultChannel={model.approach.channel === 'email' ? 'email' : 'linkedin'}
            asksAnswer
            markers={props.markers}
            followUpFor={(sentAt) => followUpDate(sentAt, model.settings)}
            onSent={onSent}
            onCancel={() => setMarking(false)}
            {...(props.onPromisedChange ? { onPromisedChange: props.onPromisedChange } : {})}
            {...(props.promiseWarning ? { promiseWarning: props.promiseWarning } : {})}
          />
        </Suspense>
      )}
    </>
  );
}
