/**
 * Counter-lobbying: what it costs the leader to protect the vote against an outside rival
 * (the West) who bids after it, and whom it buys. Member i's own preference for signing is
 * its gain from the text unpaid, m_i = u_i(T*) − d_i; the rival flips a member by paying
 * what the leader's bribe and that preference are worth to it. Under consensus one flipped
 * member kills the declaration, so every member must cost the rival its whole budget;
 * under a quota the leader can buy a supermajority so that flipping enough of them costs
 * more than the rival has — much cheaper. Weighted votes are not head counts: not applied.
 * Ref: Groseclose and Snyder (1996), "Buying supermajorities", APSR 90; the EU's October
 *      2008 suspension of the travel ban on Belarus's leaders is the model's rival offer.
 */
import { voteBuying } from '../../bargaining/voteBuying';
import { memberUtility } from '../declarationModel';
import type { ScenarioModel } from '../scenarioModel';
import { notApplicable, toPlayerMap, type ConceptResult } from './concept';

export function grosecloseSnyderConcept(prep: ScenarioModel): ConceptResult {
  const { model, numbers, textStar } = prep;
  const rivals = Object.entries(numbers.outsideBudget);
  if (rivals.length === 0)
    return notApplicable('the scenario has no outside rival to bid against the leader');
  const rule = model.rule;
  if (rule.kind === 'weighted')
    return notApplicable('Groseclose–Snyder counts heads; under weighted votes it is not applied');
  const members = model.players.map((_, i) => i).filter((i) => i !== model.leader);
  const needed = rule.kind === 'consensus' ? members.length : rule.k - 1;
  const rivalBudget = rivals.reduce((s, [, b]) => s + b, 0);
  const preference = members.map(
    (i) => memberUtility(model, i, textStar) - (model.disagreement[i] as number),
  );
  const result = voteBuying(preference, rivalBudget, needed);
  if (!Number.isFinite(result.cost))
    return notApplicable(
      `the rule needs ${needed} members' votes and there are only ${members.length}`,
    );
  const bribes = model.players.map((_, i) => {
    const k = members.indexOf(i);
    return k < 0 ? 0 : (result.bribes[k] as number);
  });
  return {
    payoffs: null,
    payments: bribes,
    verdict: `A cost, not a division: protecting the vote against a rival bid of ${rivalBudget.toFixed(2)} bn costs the leader ${result.cost.toFixed(3)} bn, buying ${result.coalitionSize} members' votes where ${needed} are needed${result.coalitionSize > needed ? ' (a supermajority)' : ''}.`,
    details: {
      rival: rivals.map(([id]) => id).join('+'),
      rivalBudget,
      cost: result.cost,
      votesNeeded: needed,
      coalitionSize: result.coalitionSize,
      bribes: toPlayerMap(model.players, bribes),
    },
  };
}
