import { labels } from '@/lib/domain/i18n';
import type { Channel, MeetingMode } from '@/lib/domain/model';

export const CHANNEL_LABELS = labels<Channel>({
  email: 'channelEmail',
  linkedin: 'channelLinkedin',
  phone: 'channelPhone',
  'in-person': 'channelInPerson',
  letter: 'channelLetter',
  other: 'channelOther',
});

export const MODE_LABELS = labels<MeetingMode>({
  'in-person': 'meetingModeInPerson',
  phone: 'meetingModePhone',
  video: 'meetingModeVideo',
});
