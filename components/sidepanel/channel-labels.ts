import type { Channel, MeetingMode } from '../../lib/model';

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  linkedin: 'LinkedIn',
  phone: 'Phone',
  'in-person': 'In person',
  letter: 'Letter',
  other: 'Other',
};

export const MODE_LABELS: Record<MeetingMode, string> = {
  'in-person': 'In person',
  phone: 'Phone',
  video: 'Video call',
};
