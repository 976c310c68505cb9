/**
 * The visible-people reader against hostile and realistic variants of result cards: the
 * SDUI degree pair (a bare badge and an alternate one a wrapper deeper, as on profiles),
 * pronouns, icons and presence text beside names, mutuals linked by member id,
 * placeholders, rails, and list items of every kind (mutual lines: people-list-mutuals).
 */
import { describe, expect, it } from 'vitest';
import { COMPANY, brief, page, run, sdui } from './people-list-cards';

describe('SDUI degree pair (notes: 2026 section, "degree pair"; table row SDUI)', () => {
  it('R1 bare "· 2nd" + wrapped "· 1st" (alternate state) in the name line → 2nd', () => {
    const badge = `<p>· 2nd</p><div data-display-contents="true"><p>· 1st</p></div>`;
    const people = run(page(sdui({ badge })));
    expect(people.map(brief)).toEqual(['Maya Lindqvist | 2nd | -']);
  });
  it('R2 wrapped "· 2nd" first, bare "· 1st" (a 1st-degree card) → 1st', () => {
    const badge = `<div data-display-contents="true"><p>· 2nd</p></div><p>· 1st</p>`;
    const people = run(page(sdui({ badge, actions: '<a href="/messaging/compose/?profileUrn=x">Message</a>' })));
    expect(people.map(brief)).toEqual(['Maya Lindqvist | 1st | -']);
  });
  it('R3 card wrapped twice (same data-view-name outside and inside a display-contents div) → one person', () => {
    const people = run(page(sdui({ wrapTwice: true })));
    expect(people.map(brief)).toEqual(['Maya Lindqvist | 2nd | -']);
  });
});

describe('names', () => {
  it('N1 emoji, CJK, comma-credentials, hyphen and apostrophe kept whole', () => {
    const names = ['Gian Luca Ferri 🚀', '田中 愷奕', 'Maya Lindqvist, PhD', "Siobhán O'Neill-Brennan", 'Sahar サハル'];
    const html = page(names.map((name, i) => sdui({ name, slug: `p${i}`, id: `ACoAAB1x${i}Zzzzzzzzzzzz` })).join(''));
    expect(run(html).map((p) => p.name)).toEqual(names);
  });
  it('N2 a generational suffix that looks like a badge ("John Smith 3rd") is part of the name', () => {
    const people = run(page(sdui({ name: 'John Smith 3rd', slug: 'john-smith-3rd' })));
    expect(people.map(brief)).toEqual(['John Smith 3rd | 2nd | -']);
  });
  it('N3 an aria-hidden verified/premium icon span inside the SDUI title link does not cost the name', () => {
    const nameInner = `Maya Lindqvist<span aria-hidden="true"><svg viewBox="0 0 16 16"><path d="M0 0"/></svg></span>`;
    const people = run(page(sdui({ nameInner, figure: null })));
    expect(people.map(brief)).toEqual(['Maya Lindqvist | 2nd | -']);
  });
  it('N4 same, icon span BEFORE the name', () => {
    const nameInner = `<span aria-hidden="true"><svg viewBox="0 0 16 16"></svg></span>Maya Lindqvist`;
    const people = run(page(sdui({ nameInner, figure: null })));
    expect(people.map(brief)).toEqual(['Maya Lindqvist | 2nd | -']);
  });
  it('N6 name and badge inside one aria-hidden span inside the link (no separate name span)', () => {
    const nameInner = `<span aria-hidden="true">• 2nd</span>`;
    const nameLine = `<p><a data-view-name="search-result-lockup-title" href="https://www.linkedin.com/in/maya-lindqvist">Maya Lindqvist ${nameInner}</a></p>`;
    const people = run(page(sdui({ nameLine })));
    expect(people[0]?.name).toBe('Maya Lindqvist');
  });
});

describe('late Ember (2025) search: mutuals linked by member id (notes table row "2025 late Ember")', () => {
  const card = (
    photo: boolean,
    title: string,
    insight: string,
  ) => `<li class="QpLz"><div class="XkPz" data-chameleon-result-urn="urn:li:member:9">
    ${photo ? '<a href="https://www.linkedin.com/in/elodie-marchand-3a8f1c?miniProfileUrn=x" class="app-aware-link scale-down"><img alt="Élodie Marchand" src="x"></a>' : '<div class="EntityPhoto-circle-3-ghost-person"></div>'}
    <div class="LqZp">${title}
      <span class="entity-result__badge t-14 t-normal t-black--light"><span aria-hidden="true">• 2e</span><span class="visually-hidden">Relation de 2e niveau</span></span>
      <div class="t-14 t-black t-normal">Responsable recrutement tech chez Maison Verte</div>
      <div class="t-14 t-normal">Nantes, France</div>
      <p class="entity-result__insights t-12">${insight}</p></div>
    <div class="badge-overflow" aria-hidden="true"><span aria-hidden="true">• 2e</span><span class="visually-hidden">Relation de 2e niveau</span></div></div></li>`;
  const title =
    '<span class="t-16"><a href="https://www.linkedin.com/in/elodie-marchand-3a8f1c?miniProfileUrn=x" class="app-aware-link"><span dir="ltr"><span aria-hidden="true">Élodie Marchand</span><span class="visually-hidden">Voir le profil de Élodie Marchand</span></span></a></span>';
  const lola =
    '<a href="https://www.linkedin.com/in/ACoAAB1xKq7Lp3Vw9Nz5Rt2Yc8Mh4Js6Fd0Ge?miniProfileUrn=y"><strong>Lola P.</strong></a>';
  const simon =
    '<a href="https://www.linkedin.com/in/ACoAAC3zLw9Nq5Xr1Pv7Tb4Kd0Jm6Hs2Yf8Ea?miniProfileUrn=z"><strong>Simon A.</strong></a>';
  const wrap = (x: string) => `<html><body><main><ul role="list">${x}</ul></main></body></html>`;
  it('E1 no photo (ghost) and two mutuals linked by id: still Élodie', () => {
    const people = run(wrap(card(false, title, `${lola} et ${simon} sont des relations en commun`)));
    expect(people.map(brief)).toEqual(['Élodie Marchand | 2nd | 2']);
    expect(people[0]?.profileUrl).toBe('https://www.linkedin.com/in/elodie-marchand-3a8f1c/');
  });
  it('E2 no photo, mutual facepile avatar links Lola again (photo + name): still Élodie', () => {
    const face =
      '<a href="https://www.linkedin.com/in/ACoAAB1xKq7Lp3Vw9Nz5Rt2Yc8Mh4Js6Fd0Ge?miniProfileUrn=y"><img alt="Lola P." src="x"></a>';
    const people = run(wrap(card(false, title, `${face}${lola} et 3 autres relations en commun`)));
    expect(people.map((p) => p.name)).toEqual(['Élodie Marchand']);
  });
  it('E3 a "LinkedIn Member" row (no link to the member) whose insight links a mutual by id: not a person', () => {
    const anon = '<span class="t-16"><span dir="ltr"><span aria-hidden="true">LinkedIn Member</span></span></span>';
    const people = run(wrap(card(false, anon, `${lola} est une relation en commun`)));
    expect(people.map(brief)).toEqual([]);
  });
});

describe('headline vs location vs pronouns', () => {
  it('H1 pronouns after the name (notes: name line "then optional pronouns <p>He/Him</p>") are not the headline', () => {
    const badge = `<span> • 2nd</span>`;
    const nameLine = `<div data-display-contents="true"><p><a data-view-name="search-result-lockup-title" href="https://www.linkedin.com/in/maya-lindqvist">Maya Lindqvist</a></p><p>She/Her</p><p>· 2nd</p></div>`;
    const people = run(page(sdui({ nameLine, badge })));
    expect(people[0]).toMatchObject({ degree: '2nd', headline: 'Senior Product Designer at Northwind Health' });
  });
  it('H2 a headline that starts with the name (freelancer brand) is still the headline', () => {
    const people = run(
      page(
        sdui({ name: 'Ana Silva', slug: 'ana-silva', lines: '<p>Ana Silva Studio — brand design</p><p>Lisbon</p>' }),
      ),
    );
    expect(people[0]?.headline).toBe('Ana Silva Studio — brand design');
  });
});

describe('non-results and placeholders', () => {
  it('P1 lazy SDUI placeholders (skeleton cards, some with the link already) add nobody and do not throw', () => {
    const skeleton =
      '<div role="listitem"><div data-view-name="people-search-result"><div><div></div><div></div></div></div></div>';
    const linkOnly =
      '<div role="listitem"><div data-view-name="people-search-result"><a href="https://www.linkedin.com/in/half-loaded"><div></div></a></div></div>';
    const people = run(page(sdui({}) + skeleton + linkOnly));
    expect(people.map(brief)).toEqual(['Maya Lindqvist | 2nd | -']);
  });
  it('P2 an SDUI "LinkedIn Member" card with only a headline is not a person', () => {
    const anon =
      '<div role="listitem"><div data-view-name="people-search-result"><div><p><span>LinkedIn Member</span></p><p>Product designer</p></div></div></div>';
    expect(run(page(anon)).map(brief)).toEqual([]);
  });
  it('P3 the same person twice on the page (e.g. re-rendered card) is listed once', () => {
    expect(run(page(sdui({}) + sdui({}))).length).toBe(1);
  });
  it('P4 SDUI right rail made of divs (no <aside>) beside known cards is ignored', () => {
    const rail = `<div class="rr"><h2>People also viewed</h2><ul><li><a href="https://www.linkedin.com/in/alex-doe-pymk/"><p>Alex Doe</p></a><p>· 2nd</p></li></ul></div>`;
    expect(run(page(sdui({}), { rail })).map((p) => p.name)).toEqual(['Maya Lindqvist']);
  });
});

describe('company People page, hostile', () => {
  it('C1 2024 lockup card with the mutual line as "Laetitia and 7 other mutual connections"', () => {
    const card = `<html><body><main><ul><li class="org-people-profile-card__profile-card-spacing"><section>
      <div class="artdeco-entity-lockup"><div class="artdeco-entity-lockup__image"><a aria-label="Chloé Martin" href="https://www.linkedin.com/in/chloe-martin?x=1"><img alt="Chloé Martin" src="x"></a></div>
      <div class="artdeco-entity-lockup__content"><div class="artdeco-entity-lockup__title"><a aria-label="View Chloé Martin’s profile" href="https://www.linkedin.com/in/chloe-martin?x=1"><div class="lt-line-clamp">Chloé Martin</div></a></div>
      <div class="artdeco-entity-lockup__badge"><span class="a11y-text">2nd degree connection</span><span class="artdeco-entity-lockup__degree" aria-hidden="true">· 2nd</span></div>
      <div class="artdeco-entity-lockup__subtitle"><div class="lt-line-clamp">Clinical Design Lead</div></div></div></div>
      <span class="t-12 t-black--light mt2"><strong>Laetitia</strong> and 7 other mutual connections</span></section></li></ul></main></body></html>`;
    expect(run(card, COMPANY).map(brief)).toEqual(['Chloé Martin | 2nd | 8']);
  });
});

const li = (slug: string, name: string, photoInner: string, badge = '<p>· 2nd</p>') =>
  `<li><a href="https://www.linkedin.com/in/${slug}/">${photoInner}</a><div><a href="https://www.linkedin.com/in/${slug}/"><p>${name}</p></a>${badge}<p>Nurse at Northwind Health</p></div></li>`;

describe('structural fallback (cards not in the registry, e.g. a 2026 company People tab)', () => {
  it('F1 SDUI-style list of div[role=listitem] (no <li>) still lists the people', () => {
    const item = (slug: string, name: string) =>
      `<div role="listitem"><div data-display-contents="true"><a href="https://www.linkedin.com/in/${slug}/"><figure aria-label="${name}"><img alt=""></figure></a><a href="https://www.linkedin.com/in/${slug}/"><p>${name}</p></a><p>· 2nd</p><p>Nurse</p></div></div>`;
    const html = `<html><body><main><div role="list">${item('chloe-martin', 'Chloé Martin')}${item('dev-patel', 'Dev Patel')}</div></main></body></html>`;
    expect(run(html, COMPANY).map(brief)).toEqual(['Chloé Martin | 2nd | -', 'Dev Patel | 2nd | -']);
  });
  it('F2 presence text with a hashed class inside the photo link is not the name', () => {
    const photo = '<img alt="Chloé Martin"><div class="q1w2"><span class="e3r4">Status is offline</span></div>';
    const html = `<html><body><main><ul>${li('chloe-martin', 'Chloé Martin', photo)}</ul></main></body></html>`;
    expect(run(html, COMPANY).map((p) => p.name)).toEqual(['Chloé Martin']);
  });
});

describe('degree badge variants', () => {
  it('D1 French SDUI "· 3e et +" (the shipped French Ember fixture’s own badge text, without a .visually-hidden label)', () => {
    expect(run(page(sdui({ badge: '<span> · 3e et +</span>' }))).map(brief)).toEqual(['Maya Lindqvist | 3rd | -']);
  });
  it('D2 Spanish "· 3.er+", Portuguese "· 3º+", Italian "· 3°+", Dutch "· 3e+", no-break space "·\u00a02nd"', () => {
    for (const [b, d] of [
      ['· 3.er+', '3rd'],
      ['· 3º+', '3rd'],
      ['· 3°+', '3rd'],
      ['· 3e+', '3rd'],
      ['·\u00a02nd', '2nd'],
      ['• 2º', '2nd'],
    ] as const)
      expect(run(page(sdui({ badge: `<span>${b}</span>` })))[0]?.degree, b).toBe(d);
  });
  it('D3 a badge hidden by markup (style="display:none" alternate state) is not counted', () => {
    const badge = '<span> • 2nd</span><span style="display:none"> • 1st</span>';
    expect(run(page(sdui({ badge })))[0]?.degree).toBe('2nd');
  });
});
