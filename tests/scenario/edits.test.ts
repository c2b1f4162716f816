import { describe, expect, test } from 'vitest';
import {
  addClause,
  addEffect,
  addEvent,
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

describe('calendar edits', () => {
  test('a new event and a new effect parse, and the effect moves the game from its day', () => {
    const withEvent = addEvent(moscow);
    const added = withEvent.calendar.events?.at(-1);
    expect(added).toMatchObject({ date: moscow.calendar.start, text: 'A new event' });
    parses(withEvent);
    const index = (withEvent.calendar.events?.length ?? 0) - 1;
    const withEffect = addEffect(withEvent, index);
    const effect = withEffect.calendar.events?.[index]?.effects?.[0];
    // The first public numeric parameter, at its present value: adding it changes nothing yet.
    const secret = new Set((moscow.privateInfo ?? []).map((pi) => pi.parameter));
    const [firstId, first] = Object.entries(moscow.parameters).find(
      ([id, p]) => typeof p.value === 'number' && !secret.has(id),
    ) ?? ['', undefined];
    expect(effect).toEqual({ parameter: firstId, value: first?.value });
    parses(withEffect);
    // A second effect on the same event takes another parameter.
    const twice = addEffect(withEffect, index);
    const second = twice.calendar.events?.[index]?.effects?.[1]?.parameter;
    expect(second).toBeDefined();
    expect(second).not.toBe(firstId);
    // Removing an effect or an event is setAt with undefined.
    expect(
      setAt(twice, ['calendar', 'events', index, 'effects', 0], undefined).calendar.events?.[index]
        ?.effects,
    ).toHaveLength(1);
    expect(setAt(twice, ['calendar', 'events', index], undefined).calendar.events).toHaveLength(
      moscow.calendar.events?.length ?? 0,
    );
    expect(moscow.calendar.events?.at(-1)).not.toMatchObject({ text: 'A new event' });
  });

  test('an effect on a parameter the model lacks is refused by the parser, naming where', () => {
    const bad = setAt(
      addEffect(addEvent(moscow), moscow.calendar.events?.length ?? 0),
      ['calendar', 'events', moscow.calendar.events?.length ?? 0, 'effects', 0, 'parameter'],
      'no_such_parameter',
    );
    const r = parseScenario(bad);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.path)).toContain(
        `/calendar/events/${moscow.calendar.events?.length ?? 0}/effects/0/parameter`,
      );
  });
});

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
