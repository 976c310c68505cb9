// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { degreeFromBadgeOnly, degreeFromText, hasMutualPhrase, mutualNumbers } from '@/lib/content/read';

describe('degree words', () => {
  it.each([
    ['1st', '1st'],
    ['2nd', '2nd'],
    ['3rd', '3rd'],
    ['3rd+', '3rd'],
    ['1st degree connection', '1st'],
    ['2nd degree connection', '2nd'],
    ['Out of network', 'out-of-network'],
    ['1er', '1st'],
    ['2e', '2nd'],
    ['3e', '3rd'],
    ['2ème', '2nd'],
    ['Relation de 2e niveau', '2nd'],
    ['Relation de 1er niveau', '1st'],
    ['Hors de votre réseau', 'out-of-network'],
    ['1.', '1st'],
    ['Kontakt 2. Grades', '2nd'],
    ['Außerhalb Ihres Netzwerks', 'out-of-network'],
    ['2º', '2nd'],
    ['contacto de 2.º grado', '2nd'],
    ['Fuera de tu red', 'out-of-network'],
    ['3º', '3rd'],
    ['conexão de 2º grau', '2nd'],
    ['2°', '2nd'],
    ['collegamento di 3° grado', '3rd'],
    ['2e', '2nd'],
    ['2de', '2nd'],
    ['1ste', '1st'],
    ['2e-graads connectie', '2nd'],
    ['Buiten je netwerk', 'out-of-network'],
  ])('%s → %s', (text, degree) => {
    expect(degreeFromText(text)).toBe(degree);
  });

  it.each([
    '',
    'Status is reachable',
    '500+ connections',
    '12 mutual connections',
    '4th',
    'Software Engineer',
    '21st Century Fox',
  ])('no degree in %j', (text) => {
    expect(degreeFromText(text)).toBeNull();
  });

  it.each([
    ['· 2nd', '2nd'],
    ['• 2e', '2nd'],
    ['- 1st', '1st'],
    ['· 3rd+', '3rd'],
    ['3rd', '3rd'],
    ['· 2.', '2nd'],
    ['· 1º', '1st'],
    ['· You', 'self'],
    ['• Vous', 'self'],
  ])('badge-only %j → %s', (text, degree) => {
    expect(degreeFromBadgeOnly(text)).toBe(degree);
  });

  it.each(['Product lead · 2nd floor', '2nd degree connection', 'She/Her', '· 2nd · 3rd', 'Route 1st Avenue'])(
    'not a badge on its own: %j',
    (text) => {
      expect(degreeFromBadgeOnly(text)).toBeNull();
    },
  );
});

describe('mutual connection phrases', () => {
  it.each([
    'Laetitia, Clément and 5 other mutual connections',
    '16 Mutual Connections',
    'Anouk is a mutual connection',
    'Lola P. et Simon A. sont des relations en commun',
    'Lola, Simon et 3 autres relations en commun',
    'Anna und 4 weitere gemeinsame Kontakte',
    'Ana y 2 contactos en común más',
    '3 conexiones en común',
    'Ana e mais 3 conexões em comum',
    '5 contatos em comum',
    'Anna e altri 2 collegamenti in comune',
    'Anna en 3 andere gemeenschappelijke connecties',
    '2 connecties gemeen',
  ])('%s', (text) => {
    expect(hasMutualPhrase(text)).toBe(true);
  });

  it.each(['See connections (90)', '500+ connections', 'Endorsed by Nadia', 'Gemeente Amsterdam'])(
    'not mutual: %s',
    (text) => {
      expect(hasMutualPhrase(text)).toBe(false);
    },
  );

  it.each([
    [', and 5 other mutual connections', { others: 5 }],
    ['16 Mutual Connections | You and Theo both know A, B, and 14 others', { total: 16, others: 14 }],
    ['12 mutual connections', { total: 12 }],
    [' et 3 autres relations en commun', { others: 3 }],
    ['12 relations en commun', { total: 12 }],
    [' und 4 weitere gemeinsame Kontakte', { others: 4 }],
    ['8 gemeinsame Kontakte', { total: 8 }],
    [' y 2 contactos en común más', { others: 2 }],
    [' y otros 2 contactos en común', { others: 2 }],
    [' e mais 3 conexões em comum', { others: 3 }],
    [' e altri 2 collegamenti in comune', { others: 2 }],
    [' en 3 andere gemeenschappelijke connecties', { others: 3 }],
    ['1,204 mutual connections', { total: 1204 }],
    ['1 234 relations en commun', { total: 1234 }],
    [' sont des relations en commun', {}],
  ])('%j → %o', (text, numbers) => {
    expect(mutualNumbers(text)).toEqual(numbers);
  });
});
