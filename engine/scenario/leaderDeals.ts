/**
 * The summit as a multilateral bargaining problem on one frontier, in which transfers are
 * priced by the leader's instruments. Signatories S (meeting the decision rule) agree on
 * T(S), the text that maximizes their joint value (characteristic.ts); member j ∈ S then
 * gains m_j = u_j(T) − d_j plus the value w_j of what it is paid, and the leader gains
 * u_R(T, S) − d_R minus the cost c_j(w_j) of each payment (the cheapest instrument mix,
 * instrumentMix.ts). The budget is not a wall of this set (a wall would make the
 * equilibria jump); whether a concept's payments fit it is checked where they are
 * delivered (solveScenario's side payments). A payment worth w to a member can
 * cost the leader less or more than w, so this frontier is not a TU line; where every
 * instrument costs exactly its value, unbounded, it is the TU problem of the coalition game.
 * Payments run from the leader only, so a member whose text already pays gets m_j > floor.
 */
import type { CoalitionalSet, Proposal } from '../bargaining/coalitionalSet';
import { bestText } from './characteristic';
import { leaderUtility, meetsRule, memberUtility } from './declarationModel';
import { cheapestFor, instrumentBook, valueForCost } from './instrumentMix';
import type { ScenarioModel } from './scenarioModel';

interface Agreement {
  /** The leader's gain before payments. */
  readonly leaderGain: number;
  /** Each member's gain from the text alone (0 outside S). */
  readonly memberGain: readonly number[];
}

export function leaderDeals(prep: ScenarioModel): CoalitionalSet {
  const { model } = prep;
  const { n, leader, disagreement } = model;
  const book = instrumentBook(prep.instruments);
  const winning: number[] = [];
  for (let s = 1; s < 1 << n; s++) if (meetsRule(model, s)) winning.push(s);
  const agreements = new Map<number, Agreement>();
  const agreement = (s: number): Agreement => {
    let a = agreements.get(s);
    if (!a) {
      const text = bestText(model, s).text;
      a = {
        leaderGain: leaderUtility(model, text, s) - (disagreement[leader] as number),
        memberGain: model.players.map((_, j) =>
          j !== leader && (s >>> j) & 1
            ? memberUtility(model, j, text) - (disagreement[j] as number)
            : 0,
        ),
      };
      agreements.set(s, a);
    }
    return a;
  };

  function propose(i: number, s: number, floors: readonly number[]): Proposal | undefined {
    const { leaderGain, memberGain } = agreement(s);
    const gains = new Array<number>(n).fill(0);
    const transfers = new Array<number>(n).fill(0);
    let spent = 0;
    for (let j = 0; j < n; j++) {
      if (j === leader || j === i || !((s >>> j) & 1)) continue;
      const need = (floors[j] as number) - (memberGain[j] as number);
      let value = 0;
      if (need > 0) {
        const mix = cheapestFor(book, j, need);
        if (!mix) return undefined;
        spent += mix.cost;
        value = mix.value;
      }
      transfers[j] = value;
      gains[j] = (memberGain[j] as number) + value;
    }
    if (i === leader) {
      gains[leader] = leaderGain - spent;
      return { gains, transfers };
    }
    // A member proposes: the leader must keep its floor; the member takes what is left.
    const room = leaderGain - (floors[leader] as number) - spent;
    if (room < 0) return undefined;
    const own = valueForCost(book, i, room);
    transfers[i] = own.value;
    gains[i] = (memberGain[i] as number) + own.value;
    gains[leader] = leaderGain - spent - own.cost;
    return { gains, transfers };
  }

  return { n, winning, propose };
}
