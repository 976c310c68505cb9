/**
 * Built-in LinkedIn connection notes, one per route. LinkedIn keeps at most
 * LINKEDIN_NOTE_LIMIT (300) characters in the note of an invitation; each of
 * these fits with the longest realistic values (a unit test renders them with
 * long names, a long company and a long objective and counts).
 */
import type { Template, TemplateMoment } from '@/lib/domain/model';

type BuiltIn = Omit<Template, 'builtIn' | 'updatedAt'>;

export const CONNECTION_NOTE_TEMPLATES: BuiltIn[] = [
  {
    id: 'builtin-connection-note-direct',
    name: 'Connection note: someone who knows you (LinkedIn, 300 characters)',
    moment: 'connection-note-direct',
    body: `Hi {{firstName}}, I'm looking into {{objective}} and you came to mind first. Could I borrow {{minutes}} minutes for a quick call soon? Advice only, not a job. Thanks, {{myFirstName}}`,
  },
  {
    id: 'builtin-connection-note-introduced',
    name: 'Connection note: after an introduction (LinkedIn, 300 characters)',
    moment: 'connection-note-introduced',
    body: `Hi {{firstName}}, {{introducerFirstName}} kindly introduced us. I'm learning about {{objective}} and would value {{minutes}} minutes of your advice. Not a job request. Thank you, {{myFirstName}}`,
  },
  {
    id: 'builtin-connection-note-cold',
    name: 'Connection note: cold or referred (LinkedIn, 300 characters)',
    moment: 'connection-note-cold',
    body: `Hi {{firstName}}, I'm learning about {{objective}}, and your work at {{company}} is what I hope to hear about. Could you spare {{minutes}} minutes for a call? Advice only, not a job. Thanks, {{myFirstName}}`,
  },
];

/** Whether a moment's draft goes in a LinkedIn invitation note, where LinkedIn keeps 300 characters. */
export function isConnectionNote(moment: TemplateMoment): boolean {
  return moment.startsWith('connection-note-');
}
