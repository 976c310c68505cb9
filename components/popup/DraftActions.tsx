import { useState } from 'react';
import { copyDraft } from '@/lib/platform/clipboard';
import type { ProfileSnapshot, Template } from '@/lib/domain/model';
import type { IntroducerOption } from '@/lib/domain/approach/types';
import { followUpDate } from '@/lib/domain/cadence/cadence';
import { TOUCH_LABELS } from '@/lib/domain/labels';
import { linkedInMessageHref, mailtoHref } from '@/lib/domain/templates/message-links';
import { touchKindFor } from '@/lib/domain/templates/compose-draft';
import { MarkSentForm } from '@/components/shared/MarkSentForm';
import { formatDay } from '@/components/shared/labels';
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

export function DraftActions(props: DraftActionProps) {
  const { snapshot, model, template, subject, body } = props;
  const [copied, setCopied] = useState('');
  const [marking, setMarking] = useState(false);
  const [openedAt] = useState(() => Date.now());
  const copy = async () => setCopied(await copyDraft(subject, body));
  const kind = touchKindFor(template.moment);
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
      {marking && (
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
        />
      )}
    </>
  );
}
