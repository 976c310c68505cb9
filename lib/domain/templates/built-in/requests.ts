/** Built-in templates for asking: direct ask, introduction, cold and referred pitches. */
import type { Template } from '@/lib/domain/model';

type BuiltIn = Omit<Template, 'builtIn' | 'updatedAt'>;

export const REQUEST_TEMPLATES: BuiltIn[] = [
  {
    id: 'builtin-direct-ask',
    name: 'Direct ask (people who know you)',
    moment: 'direct-ask',
    body: `Hi {{firstName}},

I hope you're doing well! I'm looking into {{objective}}, and you were one of the first people I thought of. Could I borrow about {{minutes}} minutes of your time for a quick phone call in the next week or two? I'd love to hear how you see it.

Just to be clear, I'm not asking about a job — only for your perspective.

Thanks so much,
{{myFirstName}}`,
  },
  {
    id: 'builtin-introduction-request',
    name: 'Introduction request (to the mutual contact)',
    moment: 'introduction-request',
    subject: 'Could you introduce me to {{fullName}}?',
    body: `Hi {{introducerFirstName}},

I hope all is well with you. I'm learning about {{objective}}, and I believe you know {{fullName}} at {{company}}. I'd really value their view of the work.

Would you be comfortable introducing us? Or, if that's easier for you, may I contact {{firstName}} myself and mention your name? I'm only hoping for about {{minutes}} minutes of advice, not a job. And no worries at all if it isn't a good moment.

Thank you,
{{myFirstName}}

Below is a short note about me that you can forward as it is:

{{forwardableNote}}`,
  },
  {
    id: 'builtin-introduction-blurb',
    name: 'Short note about you (for the introducer to forward)',
    moment: 'introduction-blurb',
    body: `{{myName}} is learning about {{objective}}. {{myFirstName}} would be grateful for about {{minutes}} minutes of your advice — a short conversation, not a job request — and would especially like to hear how you got started and what matters most in your work. You can reach {{myFirstName}} at {{myEmail}} or {{myPhone}}.`,
  },
  {
    id: 'builtin-cold-email',
    name: 'Cold email (no one in common)',
    moment: 'cold-email',
    subject: 'A question about your work at {{company}}',
    body: `Dear {{firstName}},

My name is {{myName}}, and at the moment I am learning all I can about {{objective}}.

I am writing to you in particular because {{specificDetail}}. Hearing how you approach your work at {{company}} would teach me more than anything I can read.

Would you have about {{minutes}} minutes for a conversation — by phone, or in person if that suits you — at whatever time is convenient? I am asking for advice only, not for a job.

I will follow up on {{followUpDay}} to see whether a time works for you.

Thank you for considering it,

{{signature}}`,
  },
  {
    id: 'builtin-referred-pitch',
    name: 'Referred pitch (someone sent you)',
    moment: 'referred-pitch',
    subject: '{{referrerName}} suggested I contact you',
    body: `Dear {{firstName}},

{{referrerName}} suggested I get in touch with you. My name is {{myName}}; I am learning about {{objective}}, and {{referrerName}} thought your experience at {{company}} would be especially helpful to hear about.

I would be grateful for about {{minutes}} minutes of your advice, by phone or in person, whichever suits you. I am not asking for a job, only for your perspective.

I will call you on {{callDay}} to see whether we can find a time. If another day is better for you, just let me know.

With thanks,

{{signature}}`,
  },
];
