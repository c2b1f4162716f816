/** A small hand-made game for protocol tests: leader R, members A and B, two clauses. */
import type { SummitSetup } from '../../engine/protocols/summitTypes';
import type { DeclarationModel } from '../../engine/scenario/declarationModel';
import { mixInstrument } from '../../engine/scenario/instrumentMix';
import { planLeader } from '../../engine/scenario/leaderPlan';

type SetupData = Omit<SummitSetup, 'model' | 'leaderPlan' | 'phases'>;

/** The tiny game with its model and the leader's plan derived from the (overridden) data. */
export function tinySetup(overrides: Partial<SetupData> = {}): SummitSetup {
  const data = tinyData(overrides);
  const at = (table: SetupData['value']): DeclarationModel => ({
    players: data.players,
    n: data.players.length,
    leader: data.players.indexOf(data.leader),
    clauseIds: data.clauseIds,
    clauseValue: data.clauseIds.map((c) => data.players.map((p) => table[c]?.[p] ?? 0)),
    disagreement: data.players.map((p) => data.disagreement[p] ?? 0),
    jointStatementFactor: data.jointStatementFactor,
    rule: data.rule,
  });
  const model = at(data.value);
  const believed = at(data.believedValue);
  const instruments = data.instruments.map((k) =>
    mixInstrument(k, data.players.indexOf(k.to), data.credibility),
  );
  return { ...data, model, leaderPlan: planLeader(believed, instruments, data.budget), phases: [] };
}

function tinyData(overrides: Partial<SetupData>): SetupData {
  const value = { c1: { R: 1, A: -0.2, B: -0.1 }, c2: { R: 0.5, A: -0.6, B: 0.1 } };
  return {
    scenarioId: 'tiny',
    seed: 1,
    rngVersion: 2,
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
    events: [],
    maxRedrafts: 1,
    west: null,
    history: null,
    ...overrides,
  };
}
