/** Built-in templates for following up: follow-ups, resend, voicemail, referrals, check-back. */
import type { Template } from '@/lib/domain/model';

type BuiltIn = Omit<Template, 'builtIn' | 'updatedAt'>;

export const FOLLOW_UP_TEMPLATES: BuiltIn[] = [
  {
    id: 'builtin-follow-up-1',
    name: 'First follow-up (reply to your original message)',
    moment: 'follow-up-1',
    subject: 'Re: A question about your work at {{company}}',
    body: `Hi {{firstName}},

As promised, I'm following up on my note below. I know how full the days get — would you have about {{minutes}} minutes in the coming weeks? I'm happy to fit around you, early morning or after hours included.

If now isn't a good time, I'll try once more on {{followUpDay}}.

Thank you,
{{myFirstName}}`,
  },
  {
    id: 'builtin-follow-up-2',
    name: 'Second follow-up (resend the original with a short note)',
    moment: 'follow-up-2',
    subject: 'Resending: a question about your work at {{company}}',
    body: `Hi {{firstName}},

I've left you a couple of messages, so I thought it simplest to send my note again in case it got buried. I'll call on {{callDay}}; if another time suits you better, just reply with it.

Here is my original note:

My name is {{myName}}, and I am learning about {{objective}}; your experience at {{company}} is exactly what I hope to hear about. Would you have about {{minutes}} minutes for a conversation, at whatever time is convenient? I am asking for advice, not for a job.

With thanks,

{{signature}}`,
  },
  {
    id: 'builtin-voicemail',
    name: 'Voicemail script',
    moment: 'voicemail',
    body: `(Speak slowly. Say your number twice.)

Hello {{firstName}}, this is {{myName}} — that's {{myNameSpelled}}.

I'm calling because I'm learning about {{objective}}, and I'd really value about {{minutes}} minutes of your advice. I'm not looking for a job, only your perspective.

My number is {{myPhone}}. Once more, that's {{myPhone}}.

I'm easiest to reach {{reachableWhen}}, and I'll try you again on {{callDay}}.

Thank you, and have a good day.`,
  },
  {
    id: 'builtin-referral-ask',
    name: 'Ask who else to talk to',
    moment: 'referral-ask',
    subject: 'One more question, if I may',
    body: `Hi {{firstName}},

Thank you again for your time. One more question, if I may: is there anyone else you think I should talk to as I learn about {{objective}}? If so, may I mention your name when I contact them?

If you would rather let them know first, that is perfectly fine — I'll check back with you on {{followUpDay}} so it doesn't fall to you to remember.

Many thanks,
{{myFirstName}}`,
  },
  {
    id: 'builtin-check-back',
    name: 'Check back with the person who referred you',
    moment: 'check-back',
    subject: 'Checking back about the people you suggested',
    body: `Hi {{firstName}},

As we agreed, I'm checking back about the people you kindly suggested I talk to. Have you had a chance to let them know I'll be in touch?

If it's all right with you, I'll reach out to them myself this week — and I'll let you know how it goes.

Thank you again,
{{myFirstName}}`,
  },
  {
    id: 'builtin-check-back-introducer',
    name: 'Check back with your introducer',
    moment: 'check-back-introducer',
    subject: 'Checking back about {{fullName}}',
    body: `Hi {{introducerFirstName}},

As we agreed, I'm checking back about my request to meet {{fullName}}. Have you had a chance to ask whether they would be open to a short conversation?

If it's easier for you, I'm happy to write to {{firstName}} myself and mention your name — whichever you prefer.

Thank you again,
{{myFirstName}}`,
  },
];
