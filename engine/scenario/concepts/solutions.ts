/**
 * Every solution concept of a scenario, in the order the reports show them: the TU values
 * of the coalition game (Shapley, nucleolus) and, for a declaration model, the bargaining
 * concepts for a leader facing veto players. A payoff below a player's stand-alone value
 * never goes out without a verdict saying so.
 */
import { nucleolus } from '../../cooperative/nucleolus';
import { shapleyValue } from '../../cooperative/shapley';
import { impliedPayments } from '../bargains';
import type { ScenarioModel } from '../scenarioModel';
import { agendaSetter } from './agendaSetter';
import { baronFerejohnConcept, recognitionOf } from './baronFerejohn';
import { leaderDeals } from '../leaderDeals';
import type { Schedule } from '../leaderOptimum';
import { belowStandAlone, notApplicable, toPlayerMap, type ConceptResult } from './concept';
import { grosecloseSnyderConcept } from './grosecloseSnyder';
import { krishnaSerranoConcept } from './krishnaSerrano';
import { nashInNashConcept } from './nashInNash';
import { stahlConcept } from './stahl';
import { stoleZwiebelConcept } from './stoleZwiebel';

/** Concept keys in report order. */
export const BARGAINING_CONCEPTS = [
  'agendaSetter',
  'baronFerejohn',
  'krishnaSerrano',
  'stoleZwiebel',
  'nashInNash',
  'stahl',
  'grosecloseSnyder',
] as const;

/** The multilateral concepts solve over signatory sets: past this many players, not run. */
export const MAX_BARGAINING_PLAYERS = 12;

/** Adds the stand-alone verdict where a concept left a payoff below v({i}) unexplained. */
function guarded(prep: ScenarioModel, r: ConceptResult): ConceptResult {
  if (!r.payoffs || r.verdict) return r;
  const below = belowStandAlone(
    prep,
    prep.model.players.map((p) => r.payoffs?.[p] as number),
  );
  return below.length === 0
    ? r
    : {
        ...r,
        verdict: `${below.join(', ')} would get less than alone (its stand-alone worth v({i})), so this is not a split every player would accept.`,
      };
}

/**
 * @param best the leader's optimum when the caller has solved it already (the report has)
 */
export async function scenarioSolutions(
  prep: ScenarioModel,
  best?: Schedule,
): Promise<Record<string, ConceptResult>> {
  const { model, game } = prep;
  const shapley = shapleyValue(game);
  const nuc = await nucleolus(game);
  const out: Record<string, ConceptResult> = {
    shapley: {
      payoffs: toPlayerMap(model.players, shapley),
      payments: impliedPayments(model, shapley, prep.textStar),
    },
    nucleolus: nuc.ok
      ? {
          payoffs: toPlayerMap(model.players, nuc.value),
          payments: impliedPayments(model, nuc.value, prep.textStar),
        }
      : notApplicable(nuc.reason),
  };
  if (prep.numbers.characteristic) return guardAll(prep, out);
  const tooMany = model.n > MAX_BARGAINING_PLAYERS;
  // One frontier for the three equilibria: its agreements per signatory set are built once.
  const deals = tooMany ? undefined : leaderDeals(prep);
  const run: Record<(typeof BARGAINING_CONCEPTS)[number], () => ConceptResult> = {
    agendaSetter: () => agendaSetter(prep, best),
    baronFerejohn: () => baronFerejohnConcept(prep, recognitionOf(prep), deals),
    krishnaSerrano: () => krishnaSerranoConcept(prep, deals),
    stoleZwiebel: () => stoleZwiebelConcept(prep),
    nashInNash: () => nashInNashConcept(prep),
    stahl: () => stahlConcept(prep, deals),
    grosecloseSnyder: () => grosecloseSnyderConcept(prep),
  };
  for (const key of BARGAINING_CONCEPTS) {
    const multilateral = key === 'baronFerejohn' || key === 'krishnaSerrano' || key === 'stahl';
    out[key] =
      tooMany && multilateral
        ? notApplicable(
            `not computed for ${model.n} players: the equilibrium searches every signatory set (at most ${MAX_BARGAINING_PLAYERS} players)`,
          )
        : run[key]();
  }
  return guardAll(prep, out);
}

function guardAll(
  prep: ScenarioModel,
  out: Record<string, ConceptResult>,
): Record<string, ConceptResult> {
  return Object.fromEntries(Object.entries(out).map(([k, r]) => [k, guarded(prep, r)]));
}
