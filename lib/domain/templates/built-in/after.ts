/** Built-in templates for after the meeting, and the meeting's question list. */
import type { Template } from '@/lib/domain/model';

type BuiltIn = Omit<Template, 'builtIn' | 'updatedAt'>;

export const AFTER_TEMPLATES: BuiltIn[] = [
  {
    id: 'builtin-thank-you',
    name: 'Thank-you (send within 48 hours)',
    moment: 'thank-you',
    subject: 'Thank you, {{firstName}}',
    body: `Dear {{firstName}},

Thank you for taking the time to talk with me. I especially appreciated {{specificDetail}} — it has already changed how I'm thinking about {{objective}}.

I'll keep you posted on how things go. And if I can ever return the favour, please just ask.

With my thanks,

{{signature}}`,
  },
  {
    id: 'builtin-thank-introducer',
    name: 'Thank the introducer (and say how it went)',
    moment: 'thank-introducer',
    subject: 'Thank you for introducing me to {{firstName}}',
    body: `Hi {{introducerFirstName}},

Thank you again for putting me in touch with {{fullName}}. We spoke, and it went really well: {{specificDetail}}.

I'm grateful you made it happen, and I'll let you know where it leads.

Best,
{{myFirstName}}`,
  },
  {
    id: 'builtin-progress-update',
    name: 'Progress update (keep in touch)',
    moment: 'progress-update',
    subject: 'A quick update — and thanks again',
    body: `Hi {{firstName}},

I wanted to let you know how things have gone since we spoke. {{specificDetail}}

Your advice about {{objective}} has helped me along the way, and I wanted you to know. I hope all is well with you — and if there's ever anything I can do in return, I'd be glad to.

Best wishes,
{{myFirstName}}`,
  },
  {
    id: 'builtin-meeting-questions',
    name: 'Questions for the meeting',
    moment: 'meeting-questions',
    body: `Meeting with {{fullName}} ({{headline}})
About {{minutes}} minutes: watch the clock and offer to stop on time.
What I want to learn: {{objective}}

1. How did you get started in this work?
2. What do you like best about it? And what do you like least?
3. What qualifications and experience matter most in your field?
4. Given that I'm aiming for {{targetRole}}, what do you see as my strengths and weaknesses?
5. What are people in the field concerned about right now?
6. Who else should I talk to? May I use your name when I contact them?

Ask for advice, never for a job. Write your notes today; send a thank-you within 48 hours.`,
  },
];
