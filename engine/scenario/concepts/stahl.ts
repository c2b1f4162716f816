/**
 * Ståhl's finite horizon on the summit's calendar: one round a day from the first day of
 * lobbying to the summit, the leader proposing on the summit day (its final draft, as in
 * the protocol) and on every second day before it, the members (one drawn by bargaining
 * power) on the days between; each player discounts a day by its δ. Backward induction
 * from the summit: the leader's final draft leaves members their walk-away value, and each
 * earlier round is worth δ times the next. Because the last proposer is fixed, adding or
 * removing a day moves the prediction a little, never across the pie.
 * Ref: Ståhl (1972), Bargaining Theory; Rubinstein (1982), Econometrica 50.
 */
import { finiteHorizon } from '../../bargaining/finiteHorizon';
import type { CoalitionalSet } from '../../bargaining/coalitionalSet';
import { leaderDeals } from '../leaderDeals';
import type { ScenarioModel } from '../scenarioModel';
import { recognitionOf } from './baronFerejohn';
import { fromGains, toPlayerMap, type ConceptResult } from './concept';

/** Who proposes on day d of D: the leader on the summit day and every second day before. */
export function stahlProposers(prep: ScenarioModel): (day: number) => number[] {
  const { model } = prep;
  const days = prep.calendar.days;
  const p = recognitionOf(prep);
  const members = p.reduce((s, x, i) => (i === model.leader ? s : s + x), 0);
  const leaderDay = model.players.map((_, i) => (i === model.leader ? 1 : 0));
  const memberDay = p.map((x, i) => (i === model.leader ? 0 : members > 0 ? x / members : 0));
  return (day) => ((days - day) % 2 === 0 ? leaderDay : memberDay);
}

export function stahlConcept(
  prep: ScenarioModel,
  deals: CoalitionalSet = leaderDeals(prep),
): ConceptResult {
  const { model } = prep;
  const days = prep.calendar.days;
  const result = finiteHorizon(deals, prep.numbers.discount, days, stahlProposers(prep));
  return {
    payoffs: toPlayerMap(model.players, fromGains(prep, result.gains)),
    payments: result.transfers,
    details: {
      days,
      lastProposer: model.players[model.leader],
      path: result.path.map((g) => toPlayerMap(model.players, fromGains(prep, g))),
    },
  };
}
