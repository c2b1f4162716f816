/** A small hand-made game for protocol tests: leader R, members A and B, two clauses. */
import type { SummitSetup } from '../../engine/protocols/summitTypes';

export function tinySetup(overrides: Partial<SummitSetup> = {}): SummitSetup {
  const value = { c1: { R: 1, A: -0.2, B: -0.1 }, c2: { R: 0.5, A: -0.6, B: 0.1 } };
  return {
    scenarioId: 'tiny',
    seed: 1,
    players: ['R', 'A', 'B'],
    names: { R: 'Rus', A: 'Arm', B: 'Bel' },
    leader: 'R',
    members: ['A', 'B'],
    clauseIds: ['c1', 'c2'],
    clauseText: { c1: 'one', c2: 'two' },
    value,
    believedValue: value,
    disagreement: { R: -1, A: -0.1, B: -0.3 },
    instruments: [
      {
        id: 'toA',
        label: 'to A',
        unit: 'bn',
        to: 'A',
        min: 0,
        max: 1,
        cost: 0.5,
        value: 1,
        timing: 'promise',
      },
      {
        id: 'cashB',
        label: 'to B',
        unit: 'bn',
        to: 'B',
        min: 0,
        max: 1,
        cost: 1,
        value: 1,
        timing: 'now',
      },
    ],
    budget: 1,
    credibility: 0.8,
    jointStatementFactor: 0.3,
    rule: { kind: 'consensus' },
    days: 2,
    startDate: '2008-08-14',
    maxRedrafts: 1,
    west: null,
    history: null,
    ...overrides,
  };
}
