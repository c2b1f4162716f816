/**
 * Which objected clauses the leader drops. A member objects to a clause when signing with
 * it would leave it worse off than refusing, so keeping the clause loses that member's
 * signature, and dropping it loses the clause's value to the leader. Every subset of the
 * objected clauses is tried (2^k texts for k objected clauses) and scored by the leader's
 * utility L(S)·u_R(T) + (1 − L(S))·d_R, where S holds the leader and every member none of
 * whose objections stand, and L is the rule's legitimacy (scenario/declarationModel.ts).
 */
import { legitimacy } from '../scenario/declarationModel';
import type { AgentView } from '../protocols/views';

export interface Redraft {
  /** Clauses to drop (empty: keep the draft and open the vote). */
  readonly drop: readonly string[];
  /** Members expected to refuse over a clause kept. */
  readonly refusing: readonly string[];
  /** The leader's utility with and without the drops, for the reason. */
  readonly value: number;
  readonly keepAll: number;
}

/** The most objected clauses the search will weigh jointly (2^12 texts). */
const MAX_WEIGHED = 12;

export function bestRedraft(view: AgentView, draft: readonly string[]): Redraft {
  const objected = [...new Set(Object.values(view.objections).flat())].filter((c) =>
    draft.includes(c),
  );
  const shape = {
    n: view.players.length,
    leader: view.players.indexOf(view.leader),
    rule: view.rule,
    jointStatementFactor: view.jointStatementFactor,
  };
  const dR = view.disagreement[view.leader] ?? 0;
  const score = (drop: ReadonlySet<string>) => {
    const text = draft.filter((c) => !drop.has(c));
    const refusing = view.members.filter((m) =>
      (view.objections[m] ?? []).some((c) => text.includes(c)),
    );
    let s = 0;
    view.players.forEach((p, i) => {
      if (!refusing.includes(p)) s |= 1 << i;
    });
    const l = legitimacy(shape, s);
    const u = text.reduce((sum, c) => sum + (view.leaderValue?.[c] ?? 0), 0);
    return { value: l * u + (1 - l) * dR, refusing };
  };
  const weighed = objected.slice(0, MAX_WEIGHED);
  const always = new Set(objected.slice(MAX_WEIGHED));
  const keepAll = score(new Set()).value;
  let best = { drop: [...always], ...score(always) };
  for (let mask = 1; mask < 1 << weighed.length; mask++) {
    const drop = new Set([...always, ...weighed.filter((_, j) => (mask >>> j) & 1)]);
    const scored = score(drop);
    if (scored.value > best.value + 1e-12) best = { drop: [...drop], ...scored };
  }
  return { drop: best.drop, refusing: best.refusing, value: best.value, keepAll };
}
