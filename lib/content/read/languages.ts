/**
 * The few words the extractor needs, per UI language (en, fr, de, es, pt, it, nl).
 * Structure (URLs, attributes) comes first everywhere; these tables only read
 * badge text and sentences where LinkedIn gives nothing else. All lowercase.
 */
import type { Degree } from '@/lib/domain/model/snapshot';

/** Ordinal suffixes after 1/2/3 in degree badges: 1st · 1er/2e · 2. · 2º · 2° · 2e/2de. */
const ORDINALS = [
  'st|nd|rd|th', // en
  'er|re|ème|eme|è|e', // fr
  '\\.', // de
  '\\.?º|\\.?ª|\\.er|o|a', // es, pt
  '°', // it
  'ste|de', // nl (and "e", above)
].join('|');

/** A degree token such as "2nd", "2e", "2.", "3rd+", anywhere in a short text. */
const DEGREE_TOKEN = new RegExp(`(?:^|[^\\p{L}\\p{N}])([123])\\s?(?:${ORDINALS})(?:\\+)?(?![\\p{L}\\p{N}])`, 'u');
/** A badge that is only a bullet and a degree: "· 2nd", "• 2e", "· 3rd+", French "· 3e et +". */
const BADGE_ONLY = new RegExp(`^[·•\\-–\\s]*([123])\\s?(?:${ORDINALS})(?:\\s?et\\s?\\+|\\+)?\\s*$`, 'u');
/** "· You" on one's own SDUI profile: the bullet is required (a headline "You" is not a badge). */
const SELF_BADGE = /^[·•]\s*(?:you|vous|sie|tú|tu|você|jij|u)$/;

export const OUT_OF_NETWORK = [
  'out of network',
  'hors réseau',
  'hors de votre réseau',
  'außerhalb ihres netzwerks',
  'fuera de tu red',
  'fora da sua rede',
  'fuori dalla tua rete',
  'buiten je netwerk',
];

/** Words of the hidden label around a degree: "2nd degree connection", "Relation de 2e niveau", "Kontakt 2. Grades". */
export const DEGREE_LABEL_WORDS = ['degree', 'relation', 'niveau', 'grad', 'grau', 'graads', 'connection', 'contact'];

const DEGREES = ['1st', '2nd', '3rd'] as const;

export function lower(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** The degree a short badge or label text states ("3rd", "Relation de 2e niveau", "Out of network"), or null. */
export function degreeFromText(text: string): Degree | null {
  const t = lower(text);
  if (OUT_OF_NETWORK.some((w) => t.includes(w))) return 'out-of-network';
  // The token needs a 1, 2 or 3: skip compiling its Unicode classes otherwise.
  const m = /[123]/.test(t) ? DEGREE_TOKEN.exec(t) : null;
  return m ? (DEGREES[Number(m[1]) - 1] ?? null) : null;
}

/** The degree of a text that is nothing but a badge ("· 2nd", "• 2e", "· You"), or null. */
export function degreeFromBadgeOnly(text: string): Degree | null {
  const t = lower(text).trim();
  if (t.length > 16) return null;
  if (SELF_BADGE.test(t)) return 'self';
  const m = BADGE_ONLY.exec(t);
  return m ? (DEGREES[Number(m[1]) - 1] ?? null) : null;
}

/** "mutual connection(s)" and its translations (substrings, lowercase). */
export const MUTUAL_PHRASES = [
  'mutual connection', // en
  'en commun', // fr: relation(s) en commun
  'relations communes',
  'gemeinsame', // de: gemeinsame Kontakte, gemeinsamer Kontakt
  'en común', // es: contactos / conexiones en común
  'em comum', // pt: conexões / contatos em comum
  'in comune', // it: collegamenti in comune
  'gemeenschappelijke', // nl: gemeenschappelijke connecties
  'connecties gemeen',
  'connectie gemeen',
];

/** "N other(s)": the word next to the number of unnamed mutual connections. */
const OTHERS = 'others?|autres?|weitere[n]?|andere[n]?|otr[oa]s?|outr[oa]s?|altr[iea]|overige|más|mais';
const OTHERS_AFTER = new RegExp(`^\\s*(?:${OTHERS})(?![\\p{L}])`, 'u');
const OTHERS_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${OTHERS})\\s*$`, 'u');
const OTHERS_LATER = new RegExp(`^[^.,;:!?]{0,40}[^\\p{L}](?:más|mais)(?![\\p{L}])`, 'u');
const NUMBER = /\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?!\d)|\d+/g;

export function hasMutualPhrase(text: string): boolean {
  const t = lower(text);
  return MUTUAL_PHRASES.some((p) => t.includes(p));
}

/**
 * The numbers of a mutual-connections sentence: `total` ("16 mutual connections")
 * and `others` ("and 14 others", "e altri 5", "y 5 … más"). Names are removed by the caller.
 */
export function mutualNumbers(text: string): { total?: number; others?: number } {
  const t = lower(text);
  const out: { total?: number; others?: number } = {};
  for (const m of t.matchAll(NUMBER)) {
    const value = Number(m[0].replace(/\D/g, ''));
    if (!Number.isSafeInteger(value)) continue;
    const before = t.slice(Math.max(0, m.index - 12), m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 48);
    if (OTHERS_AFTER.test(after) || OTHERS_BEFORE.test(before) || OTHERS_LATER.test(after)) out.others ??= value;
    else if (MUTUAL_PHRASES.some((p) => after.includes(p))) out.total ??= value;
  }
  return out;
}

/** Visible labels of profile actions (whole text of the control). */
export const ACTION_WORDS = {
  message: ['message', 'nachricht', 'mensaje', 'mensagem', 'messaggio', 'bericht'],
  connect: ['connect', 'se connecter', 'vernetzen', 'conectar', 'collegati', 'connectie maken'],
  follow: ['follow', 'suivre', 'folgen', 'seguir', 'segui', 'volgen'],
  pending: ['pending', 'en attente', 'ausstehend', 'pendiente', 'pendente', 'in sospeso', 'in afwachting'],
  disconnect: [
    'remove connection',
    'supprimer la relation',
    'kontakt entfernen',
    'eliminar contacto',
    'remover conexão',
    'rimuovi collegamento',
    'connectie verwijderen',
  ],
} as const;

/** Start of the accessible name of the Ember company button/label: "Current company: X. Click to skip…" (2022-2025). */
export const CURRENT_COMPANY_LABELS = [
  'current company',
  'entreprise actuelle',
  'aktuelles unternehmen',
  'empresa actual',
  'empresa atual',
  'azienda attuale',
  'huidig bedrijf',
];

/** Start of an accessible name meaning "invite X to connect". */
export const INVITE_LABEL = /^(?:invite|invitez?|inviter|invitar|convidar|invita)\b|einladen|uitnodigen/;

/** Accessible names / labels of own-profile controls ("Edit intro", "Open to"); hrefs are checked first. */
export const SELF_LABELS = [
  'edit intro',
  'edit profile',
  'open to',
  "modifier l'intro",
  'modifier l’intro',
  'disponible pour',
  'intro bearbeiten',
  'offen für',
  'editar introducción',
  'editar introdução',
  'aberto a',
  'modifica introduzione',
  'disponibile per',
  'intro bewerken',
  'open voor',
];
