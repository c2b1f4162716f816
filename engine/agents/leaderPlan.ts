/**
 * The leader's plan from its beliefs: the text and payments of the model's leader optimum
 * (leaderOptimum.ts) computed with the expected values of members' private costs. It is
 * computed once per scenario and belief, not per move (cached by content).
 */
import { TOL } from '../shared/numeric';
import { cheapestFor, type Instrument } from '../scenario/instrumentMix';
import { leaderOptimum } from '../scenario/leaderOptimum';
import {
  leaderUtility,
  reservationPrice,
  textOf,
  type DeclarationModel,
} from '../scenario/declarationModel';
import type { AgentView } from '../protocols/views';

export interface LeaderPlan {
  readonly text: readonly string[];
  /** Believed reservation price of each member for the text, in value. */
  readonly price: Readonly<Record<string, number>>;
  /** What each member's signature is worth to the leader: u_R(T, N) − u_R(T, N∖{m}). */
  readonly signatureValue: Readonly<Record<string, number>>;
}

const cache = new Map<string, LeaderPlan>();
const keys = new WeakMap<object, string>();

/** The believed model: members' expected values, the leader's own values. */
export function believedModel(view: AgentView): DeclarationModel {
  const players = [view.leader, ...view.members];
  return {
    players,
    n: players.length,
    leader: 0,
    clauseIds: view.clauseIds,
    clauseValue: view.clauseIds.map((c) =>
      players.map((p) =>
        p === view.leader ? (view.leaderValue?.[c] ?? 0) : (view.believedValue?.[c]?.[p] ?? 0),
      ),
    ),
    disagreement: players.map((p) => view.disagreement[p] ?? 0),
    jointStatementFactor: view.jointStatementFactor,
    rule: view.rule,
  };
}

/** The leader's instruments as the mix solver sees them (promises at credibility). */
export function mixInstruments(view: AgentView, players: readonly string[]): Instrument[] {
  return view.instruments.map((k) => ({
    id: k.id,
    to: players.indexOf(k.to),
    min: 0,
    max: k.max,
    cost: k.cost,
    value: k.value * (k.timing === 'promise' ? view.credibility : 1),
  }));
}

export function leaderPlan(view: AgentView): LeaderPlan {
  let key = view.believedValue ? keys.get(view.believedValue) : undefined;
  if (!key) {
    key = JSON.stringify([
      view.clauseIds,
      view.believedValue,
      view.leaderValue,
      view.disagreement,
      view.credibility,
      view.budget,
      view.rule,
    ]);
    if (view.believedValue) keys.set(view.believedValue, key);
  }
  const hit = cache.get(key);
  if (hit) return hit;
  const model = believedModel(view);
  const instruments = mixInstruments(view, model.players);
  const best = leaderOptimum(model, instruments, view.budget ?? 0);
  const text = best ? model.clauseIds.filter((_, c) => (best.text >>> c) & 1) : [];
  const t = textOf(model, text);
  const all = (1 << model.n) - 1;
  const price: Record<string, number> = {};
  const signatureValue: Record<string, number> = {};
  view.members.forEach((m, j) => {
    price[m] = reservationPrice(model, j + 1, t);
    signatureValue[m] =
      leaderUtility(model, t, all) - leaderUtility(model, t, all ^ (1 << (j + 1)));
  });
  const plan = { text, price, signatureValue };
  if (cache.size > 500) cache.clear();
  cache.set(key, plan);
  return plan;
}

/** The cheapest instruments (for the leader) that give a member `value`, within what is left. */
export function offerFor(
  view: AgentView,
  member: string,
  value: number,
): Record<string, number> | undefined {
  if (value <= TOL.amount) return {};
  const used = (id: string) =>
    view.transfers
      .filter((x) => x.instrument === id && x.status !== 'withheld')
      .reduce((s, x) => s + x.amount, 0);
  const mine = mixInstruments(view, [member])
    .filter((k) => k.to === 0)
    .map((k) => ({ ...k, max: Math.max(0, k.max - used(k.id)) }));
  const mix = cheapestFor(mine, 0, value);
  if (!mix) return undefined;
  const cost = mine.reduce((s, k) => s + k.cost * (mix.amounts.get(k.id) ?? 0), 0);
  if (cost > (view.budgetLeft ?? 0) + TOL.compare) return undefined;
  return Object.fromEntries([...mix.amounts].filter(([, a]) => a > TOL.amount));
}
