import { describe, expect, test } from 'vitest';
import {
  addClause,
  addInstrument,
  addPlayer,
  removeClause,
  removeInstrument,
  removePlayer,
  setAt,
  setDecisionRule,
} from '../../engine/scenario/edits';
import { parseScenario } from '../../engine/scenario/parse';
import type { ScenarioFile } from '../../engine/scenario/schema';
import { solveScenario } from '../../engine/scenario/solveScenario';
import { scenarioDocument } from './loadScenario';

const moscow = scenarioDocument('moscow-2008') as unknown as ScenarioFile;
const parses = (doc: ScenarioFile) => {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('model edits', () => {
  test('setAt copies along the path and leaves the original alone', () => {
    const next = setAt(moscow, ['parameters', 'leader_budget', 'value'], 9);
    expect(next.parameters.leader_budget?.value).toBe(9);
    expect(moscow.parameters.leader_budget?.value).not.toBe(9);
    expect(next.clauses).toBe(moscow.clauses); // untouched branches are shared
    const without = setAt(moscow, ['clauses', 0], undefined);
    expect(without.clauses).toHaveLength(moscow.clauses.length - 1);
  });

  test('every removal of a player still parses and solves (references removed with it)', async () => {
    for (const p of moscow.players.filter((x) => x.role !== 'leader')) {
      const next = removePlayer(moscow, p.id);
      const compiled = parses(next);
      expect(compiled.players.map((x) => x.id)).not.toContain(p.id);
      expect((await solveScenario(compiled)).ok).toBe(true);
    }
  });

  test('removing Belarus drops its instruments and its history payments', () => {
    const next = removePlayer(moscow, 'BLR');
    expect(next.instruments.some((k) => k.to === 'BLR')).toBe(false);
    expect(next.history?.payments.some((p) => p.instrument.startsWith('blr'))).toBe(false);
    expect(next.history?.signatories).not.toContain('BLR');
  });

  test('added player, clause and instrument parse, with fresh ids', () => {
    const a = addPlayer(addPlayer(moscow));
    expect(a.players.slice(-2).map((p) => p.id)).toEqual(['NEW1', 'NEW2']);
    parses(a);
    const c = addClause(addClause(moscow));
    expect(c.clauses.slice(-2).map((x) => x.id)).toEqual(['clause-1', 'clause-2']);
    parses(c);
    const k = addInstrument(moscow);
    expect(k.instruments.at(-1)).toMatchObject({ from: 'RUS', to: 'ARM', id: 'instrument-1' });
    parses(k);
  });

  test('removing a clause or instrument removes it from the history too', () => {
    const c = removeClause(moscow, 'nato-warning');
    expect(c.history?.text).not.toContain('nato-warning');
    parses(c);
    const k = removeInstrument(moscow, 'blr-credit');
    expect(k.history?.payments.some((p) => p.instrument === 'blr-credit')).toBe(false);
    parses(k);
  });

  test.each(['consensus', 'majority', 'quota', 'weighted'] as const)(
    'switching the rule to %s parses',
    (kind) => {
      const next = setDecisionRule(moscow, kind);
      expect(next.decisionRule.kind).toBe(kind);
      parses(next);
    },
  );

  test('a weighted rule starts at a majority of unit weights', () => {
    const next = setDecisionRule(moscow, 'weighted');
    expect(next.decisionRule).toEqual({ kind: 'weighted', quota: 4 });
    expect(next.players.filter((p) => p.role !== 'outside').every((p) => p.weight === 1)).toBe(
      true,
    );
  });
});
