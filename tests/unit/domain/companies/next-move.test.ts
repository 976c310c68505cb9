import { describe, expect, it } from 'vitest';
import { nextMove, type PersonThere } from '@/lib/domain/companies/next-move';
import { nextMoveText } from '@/lib/domain/companies/next-move-text';

const person = (name: string, over: Partial<PersonThere> = {}): PersonThere => ({
  name,
  kind: 'target',
  stage: 'to-contact',
  degree: '3rd',
  firstDegree: false,
  mutuals: [],
  ...over,
});

describe('the next best move at a company', () => {
  it('someone met there: ask them who else to talk to', () => {
    const move = nextMove({ connections: [{ name: 'Ana Silva' }], people: [person('Dee Ray', { stage: 'met', degree: '2nd' })] });
    expect(move).toEqual({ code: 'ask-met', name: 'Dee Ray' });
    expect(nextMoveText(move, 'Northwind Health')).toBe(
      'You have met Dee Ray at Northwind Health: ask them who else you should talk to there.',
    );
  });

  it('people the user knows: a direct ask, about the objective when there is one', () => {
    const move = nextMove({ connections: [{ name: 'Ana Silva' }, { name: 'Ben Okafor' }], people: [] });
    expect(move).toEqual({ code: 'ask-direct', name: 'Ana Silva', count: 2 });
    expect(nextMoveText(move, 'Northwind Health', 'the design team')).toBe(
      'You know 2 people at Northwind Health: ask Ana Silva directly about the design team.',
    );
    expect(nextMoveText({ code: 'ask-direct', name: 'Ana Silva', count: 1 }, 'Northwind Health')).toBe(
      'You know one person at Northwind Health: ask Ana Silva directly for 15 minutes.',
    );
  });

  it('a 1st-degree target not yet asked comes before the connections; a person counts once', () => {
    const move = nextMove({
      connections: [{ name: 'Ana Silva' }, { name: 'Cy Park' }],
      people: [person('Cy Park', { firstDegree: true, degree: '1st' })],
    });
    expect(move).toEqual({ code: 'ask-direct', name: 'Cy Park', count: 2 });
  });

  it('nobody known: the introduction to a tracked 2nd-degree person, through the mutual or the chosen introducer', () => {
    const maya = person('Maya Lindqvist', { degree: '2nd', mutuals: [{ name: 'Laetitia' }] });
    const move = nextMove({ connections: [], people: [maya] });
    expect(nextMoveText(move, 'Northwind Health')).toBe(
      'Nobody you know yet: Maya Lindqvist is 2nd degree through Laetitia. Ask Laetitia for an introduction.',
    );
    expect(nextMove({ connections: [], people: [person('Priya', { introducer: 'Ben Okafor' })] })).toMatchObject({
      code: 'introduction',
      through: 'Ben Okafor',
    });
  });

  it('then a cold email to a tracked person, then finding people; declined and moved-on people are not moves', () => {
    expect(nextMove({ connections: [], people: [person('Priya Raman')] })).toEqual({ code: 'cold', name: 'Priya Raman' });
    expect(nextMove({ connections: [], people: [person('Old', { stage: 'declined' }), person('Gone', { stage: 'moved-on', firstDegree: true })] })).toEqual({
      code: 'find-people',
    });
    expect(nextMoveText({ code: 'find-people' }, 'Northwind Health')).toContain('Northwind Health’s People page');
  });
});
