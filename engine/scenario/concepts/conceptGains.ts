/**
 * The bargaining concepts a played game is set beside, as gains over each role's
 * walk-away value (payoff − d_i): the agenda setter, Ståhl on the calendar, and Baron–
 * Ferejohn where it is quick (consensus, or at most 8 players — a quota searches every
 * signatory set). For the class debrief, computed once per session.
 */
import type { ScenarioModel } from '../scenarioModel';
import { agendaSetter } from './agendaSetter';
import { baronFerejohnConcept } from './baronFerejohn';
import type { ConceptResult } from './concept';
import { stahlConcept } from './stahl';

export interface ConceptGains {
  readonly name: string;
  readonly gains: Readonly<Record<string, number>>;
}

export function conceptGains(prep: ScenarioModel): ConceptGains[] {
  const { model } = prep;
  const runs: [string, () => ConceptResult][] = [
    ['agenda setter', () => agendaSetter(prep)],
    ['Ståhl', () => stahlConcept(prep)],
  ];
  if (model.rule.kind === 'consensus' || model.n <= 8)
    runs.splice(1, 0, ['Baron–Ferejohn', () => baronFerejohnConcept(prep)]);
  return runs.flatMap(([name, run]) => {
    const payoffs = run().payoffs;
    if (!payoffs) return [];
    return [
      {
        name,
        gains: Object.fromEntries(
          model.players.map((p, i) => [
            p,
            (payoffs[p] as number) - (model.disagreement[i] as number),
          ]),
        ),
      },
    ];
  });
}
