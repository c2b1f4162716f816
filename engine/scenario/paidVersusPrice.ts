/**
 * What the recorded history paid each member, beside the model's price for the recorded
 * text: the value delivered (Σ delivered amount × value per unit, at face value, since it
 * was delivered) and its cost to the leader, against the member's reservation price
 * max(0, d_i − u_i(T_2008)). Where they differ, each parameter with a range is moved alone
 * (one at a time, as in sensitivity.ts) to find the value at which the model's price would
 * equal what was paid (a bracketed root, ../shared/bracketRoot.ts) — the model's own account of what would explain the gap, the
 * smallest moves (as a share of each range) first.
 */
import { cleanZero } from '../shared/numeric';
import { bracketRoot } from '../shared/bracketRoot';
import {
  declarationModel,
  leaderUtility,
  memberUtility,
  reservationPrice,
  textOf,
} from './declarationModel';
import { evaluateScenario } from './evaluate';
import type { ScenarioModel } from './scenarioModel';

export interface Explanation {
  readonly parameter: string;
  readonly label: string;
  readonly from: number;
  readonly to: number;
  /** |to − from| as a share of the parameter's range: the smallest moves come first. */
  readonly move: number;
}

export interface PaidVersusPrice {
  readonly member: string;
  /** Value delivered to the member (US$ bn). */
  readonly paid: number;
  /** What the delivered payments cost the leader (US$ bn). */
  readonly cost: number;
  /** The model's reservation price for the recorded text (US$ bn). */
  readonly price: number;
  /** Parameters that, moved alone within their range, make the price equal `paid`. */
  readonly explanations: readonly Explanation[];
}

export function paidVersusPrice(
  prep: ScenarioModel,
  { explain = true }: { explain?: boolean } = {},
): PaidVersusPrice[] {
  const { scenario, numbers, model } = prep;
  const history = scenario.file.history;
  if (!history || numbers.characteristic || history.payments.length === 0) return [];
  const text = textOf(
    model,
    history.text.filter((c) => prep.clauseIndex.has(c)),
  );
  const instruments = scenario.file.instruments;
  const paid = new Map<number, { value: number; cost: number }>();
  for (const pay of history.payments) {
    const k = instruments.findIndex((ins) => ins.id === pay.instrument);
    const ins = instruments[k];
    const to = ins ? prep.playerIndex.get(ins.to) : undefined;
    if (!ins || to === undefined) continue;
    const sum = paid.get(to) ?? { value: 0, cost: 0 };
    sum.value += pay.delivered * (numbers.instrumentValue[k] as number);
    sum.cost += pay.delivered * (numbers.instrumentCost[k] as number);
    paid.set(to, sum);
  }
  const priceWith = (overrides: ReadonlyMap<string, number>, i: number): number | undefined => {
    const evaluated = evaluateScenario(scenario, overrides);
    return evaluated.ok
      ? reservationPrice(declarationModel(scenario, evaluated.value), i, text)
      : undefined;
  };
  return [...paid.entries()].map(([i, { value, cost }]) => {
    const price = reservationPrice(model, i, text);
    const explanations: Explanation[] = [];
    if (explain && Math.abs(value - price) > 1e-9 * Math.max(1, value)) {
      for (const [id, p] of Object.entries(scenario.file.parameters)) {
        if (!p.range || typeof p.value !== 'number') continue;
        const at = (x: number) => priceWith(new Map([[id, x]]), i);
        const here = p.value;
        // The end of the range on the side that moves the price towards `value`.
        const ends = [p.range[0], p.range[1]].filter((end) => {
          const q = at(end);
          return q !== undefined && (q - value) * (price - value) <= 0;
        });
        const end = ends[0];
        if (end === undefined) continue;
        const to = bracketRoot(
          (x) => {
            const q = at(x);
            return q === undefined ? undefined : q - value;
          },
          here,
          end,
        );
        if (to === undefined) continue;
        const move = Math.abs(to - here) / Math.max(1e-12, p.range[1] - p.range[0]);
        explanations.push({ parameter: id, label: p.label ?? id, from: here, to, move });
      }
    }
    return {
      member: model.players[i] as string,
      paid: cleanZero(value),
      cost: cleanZero(cost),
      price: cleanZero(price),
      explanations: explanations.sort((a, b) => a.move - b.move),
    };
  });
}

/**
 * Each player's gain over walking away in the recorded history: a member's value of the
 * recorded text plus what it was paid, minus d_i (non-signers: 0); the leader's value of the
 * text with the recorded signatories minus what the payments cost it, minus d_R. The score
 * a played game is set beside.
 */
export function historyGains(prep: ScenarioModel): Record<string, number> | null {
  const { scenario, model } = prep;
  const history = scenario.file.history;
  if (!history || prep.numbers.characteristic) return null;
  const text = textOf(
    model,
    history.text.filter((c) => prep.clauseIndex.has(c)),
  );
  let signed = 0;
  for (const p of history.signatories) {
    const i = prep.playerIndex.get(p);
    if (i !== undefined) signed |= 1 << i;
  }
  const paid = paidVersusPrice(prep, { explain: false });
  const cost = paid.reduce((s, r) => s + r.cost, 0);
  return Object.fromEntries(
    model.players.map((p, i) => {
      const d = model.disagreement[i] as number;
      if (i === model.leader) return [p, cleanZero(leaderUtility(model, text, signed) - cost - d)];
      if (!((signed >>> i) & 1)) return [p, 0];
      const got = paid.find((r) => r.member === p)?.paid ?? 0;
      return [p, cleanZero(memberUtility(model, i, text) + got - d)];
    }),
  );
}
