/**
 * Invariants every finished game must satisfy, recomputed from the move log alone — no
 * helper of the rules (summitPayoffs, offerMath) is used, so a bug there cannot hide
 * itself (the rules' finalPayoffs is only the thing compared). From the events and the setup's numbers this replays the ledger (accepted offers
 * become transfers; promises are delivered, in part, or withheld), the text, the votes and
 * the West's bids, and checks: the budget and the instruments' bounds hold after every
 * move; adoption is the decision rule applied to the signatories; the final transfers are
 * the ledger; every payoff is the model's utility plus what was actually paid; and the
 * leader's credibility moved to the mean of its old value and the share delivered.
 */
import { TOL } from '../shared/numeric';
import { finalPayoffs } from '../protocols/summitPayoffs';
import type {
  Offer,
  ReasonedEvent,
  SummitSetup,
  SummitState,
  Transfer,
} from '../protocols/summitTypes';

interface Ledger {
  transfers: Transfer[];
  pending: Map<string, Pick<Offer, 'instruments'>>;
  text: readonly string[];
  votes: Map<string, 'sign' | 'refuse'>;
  westBids: Map<string, number>;
  /** Lobbying days that passed (day.next moves). */
  days: number;
}

const close = (a: number, b: number) => Math.abs(a - b) <= TOL.compare * Math.max(1, Math.abs(b));

function replayLedger(setup: SummitSetup, events: readonly ReasonedEvent[], out: string[]): Ledger {
  const k = new Map(setup.instruments.map((i) => [i.id, i]));
  const ledger: Ledger = {
    transfers: [],
    pending: new Map(),
    text: [],
    votes: new Map(),
    westBids: new Map(),
    days: 0,
  };
  const committed = () => ledger.transfers.filter((t) => t.status !== 'withheld');
  events.forEach((e, i) => {
    if (e.type === 'day.next') ledger.days++;
    switch (e.type) {
      case 'offer.send':
      case 'offer.counter':
        ledger.pending.set(e.member, { instruments: e.instruments });
        break;
      case 'offer.reject':
        ledger.pending.delete(e.member);
        break;
      case 'offer.accept': {
        const offer = ledger.pending.get(e.member);
        if (!offer) out.push(`move ${i}: ${e.member} accepts no pending offer`);
        for (const [id, amount] of Object.entries(offer?.instruments ?? {})) {
          if (!(amount > 0)) continue;
          const timing = k.get(id)?.timing ?? 'now';
          ledger.transfers.push({
            member: e.member,
            instrument: id,
            amount,
            timing,
            status: timing === 'now' ? 'paid' : 'pending',
          });
        }
        ledger.pending.delete(e.member);
        break;
      }
      case 'west.bid':
        ledger.westBids.set(e.member, e.amount);
        break;
      case 'draft.propose':
      case 'draft.redraft':
        ledger.text = [...e.text];
        break;
      case 'vote.sign':
      case 'vote.refuse':
        ledger.votes.set(e.actor, e.type === 'vote.sign' ? 'sign' : 'refuse');
        break;
      case 'promise.deliver':
      case 'promise.withhold': {
        const t = ledger.transfers[e.index];
        if (!t || t.status !== 'pending') {
          out.push(`move ${i}: promise ${e.index} is not pending`);
          break;
        }
        const part = e.type === 'promise.deliver' ? Math.min(e.amount ?? t.amount, t.amount) : 0;
        const replaced: Transfer[] =
          e.type === 'promise.withhold'
            ? [{ ...t, status: 'withheld' }]
            : part >= t.amount - TOL.compare
              ? [{ ...t, status: 'delivered' }]
              : [
                  { ...t, amount: part, status: 'delivered' },
                  { ...t, amount: t.amount - part, status: 'withheld' },
                ];
        ledger.transfers.splice(e.index, 1, ...replaced);
        break;
      }
      default:
        break;
    }
    let cost = 0;
    for (const t of committed()) cost += (k.get(t.instrument)?.cost ?? NaN) * t.amount;
    if (cost > setup.budget + TOL.compare)
      out.push(`move ${i}: commitments of ${cost} exceed the budget of ${setup.budget}`);
    for (const ins of setup.instruments) {
      let used = 0;
      for (const t of committed()) if (t.instrument === ins.id) used += t.amount;
      if (used > ins.max + TOL.compare) out.push(`move ${i}: ${ins.id} exceeds its maximum`);
    }
  });
  return ledger;
}

/** Whether the signatories (player ids, leader included) meet the setup's rule. */
function ruleMet(setup: SummitSetup, signatories: ReadonlySet<string>): boolean {
  const rule = setup.rule;
  if (!signatories.has(setup.leader)) return false;
  if (rule.kind === 'consensus') return setup.players.every((p) => signatories.has(p));
  if (rule.kind === 'quota') return signatories.size >= rule.k;
  const weight = setup.players.reduce(
    (s, p, i) => s + (signatories.has(p) ? (rule.weights[i] ?? 0) : 0),
    0,
  );
  return weight >= rule.quota;
}

export function invariantViolations(
  setup: SummitSetup,
  state: SummitState,
  events: readonly ReasonedEvent[],
): string[] {
  const out: string[] = [];
  const ledger = replayLedger(setup, events, out);
  if (state.phase !== 'debrief') return out;
  const k = new Map(setup.instruments.map((i) => [i.id, i]));
  if (JSON.stringify(state.transfers) !== JSON.stringify(ledger.transfers))
    out.push('the final transfers are not the ledger of the moves');
  if (ledger.transfers.some((t) => t.status === 'pending'))
    out.push('a promise is still pending after the game');

  const signatories = new Set([
    setup.leader,
    ...setup.members.filter((m) => ledger.votes.get(m) === 'sign'),
  ]);
  const adopted = ruleMet(setup, signatories);
  if (state.adopted !== adopted) out.push(`adopted is ${state.adopted}, the rule says ${adopted}`);

  // The tables in force on the day of the vote: the last phase begun by then.
  const voteDay = ledger.days;
  const inForce = [setup, ...setup.phases.filter((p) => p.fromDay <= voteDay)].at(-1) ?? setup;
  const worth = (p: string) => ledger.text.reduce((s, c) => s + (inForce.value[c]?.[p] ?? 0), 0);
  const n = setup.players.length;
  const legitimacy = adopted ? 1 : (setup.jointStatementFactor * (signatories.size - 1)) / (n - 1);
  // A payment made now goes back if its member refused to sign.
  const made = ledger.transfers.filter(
    (t) =>
      t.status === 'delivered' || (t.status === 'paid' && ledger.votes.get(t.member) !== 'refuse'),
  );
  const spent = made.reduce((s, t) => s + (k.get(t.instrument)?.cost ?? NaN) * t.amount, 0);
  const dR = inForce.disagreement[setup.leader] ?? 0;
  const expected: Record<string, number> = {
    [setup.leader]: legitimacy * worth(setup.leader) + (1 - legitimacy) * dR - spent,
  };
  for (const m of setup.members) {
    const received = made
      .filter((t) => t.member === m)
      .reduce((s, t) => s + (k.get(t.instrument)?.value ?? NaN) * t.amount, 0);
    const base =
      ledger.votes.get(m) === 'sign'
        ? worth(m)
        : (inForce.disagreement[m] ?? 0) + (ledger.westBids.get(m) ?? 0);
    expected[m] = base + received;
  }
  return [...out, ...payoffViolations(expected, setup, state, ledger)];
}

/** The credibility after the aftermath: the mean of the old value and the share delivered. */
function expectedCredibility(setup: SummitSetup, ledger: Ledger): number {
  const k = new Map(setup.instruments.map((i) => [i.id, i]));
  const promised = ledger.transfers.filter((t) => t.timing === 'promise');
  const value = (t: Transfer) => (k.get(t.instrument)?.value ?? NaN) * t.amount;
  const total = promised.reduce((s, t) => s + value(t), 0);
  const delivered = promised
    .filter((t) => t.status === 'delivered')
    .reduce((s, t) => s + value(t), 0);
  return total > 0 ? (setup.credibility + delivered / total) / 2 : setup.credibility;
}

/** Independent payoffs against the rules' finalPayoffs, and the credibility update. */
function payoffViolations(
  expected: Record<string, number>,
  setup: SummitSetup,
  state: SummitState,
  ledger: Ledger,
): string[] {
  const out: string[] = [];
  const reported = finalPayoffs(setup, state);
  for (const [p, x] of Object.entries(expected))
    if (!close(reported[p] ?? NaN, x))
      out.push(`${p}'s payoff is ${reported[p]}, the moves give ${x}`);
  const credibility = expectedCredibility(setup, ledger);
  if (!close(state.credibility, credibility))
    out.push(`credibility is ${state.credibility}, the aftermath gives ${credibility}`);
  return out;
}
