import type { Channel } from '@/lib/domain/model';
import { CHANNELS } from '@/lib/domain/model/constants';
import { CHANNEL_LABELS } from '@/lib/domain/labels';
import { t } from '@/lib/domain/i18n';

/** The ways a written message goes out (meeting in person is not one). */
export const SENT_CHANNELS: readonly Channel[] = CHANNELS.filter((c) => c !== 'in-person');

interface Props {
  value: Channel;
  onChange(channel: Channel): void;
  channels?: readonly Channel[];
  /** The field's label (translated); "Sent by" unless given. */
  label?: string;
}

/** A labelled choice of channel, in the one order the model lists them. */
export function ChannelSelect({ value, onChange, channels = SENT_CHANNELS, label = t('draftSentBy') }: Props) {
  return (
    <label>
      <span className="label">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as Channel)}>
        {channels.map((c) => (
          <option key={c} value={c}>
            {CHANNEL_LABELS[c]}
          </option>
        ))}
      </select>
    </label>
  );
}
