/**
 * What each solution concept predicts for a declaration game, and the side payments it
 * implies: member i's payment is x_i − u_i(T*), measured as value to the receiver.
 * Pairwise Nash works per leader–member pair over the surplus of i's signature,
 * v(N) − v(N∖{i}) − d_i (its marginal contribution net of its disagreement payoff), split
 * by bargaining powers (Kalai 1977): the Nash-in-Nash split, which concepts/nashInNash.ts
 * reports only with its hold-up verdict.
 */
import { grandCoalition } from '../shared/bits';
import type { TuGame } from '../cooperative/tuGame';
import { memberUtility, type DeclarationModel } from './declarationModel';

/** Each member's surplus from signing: v(N) − v(N∖{i}) − d_i. */
export function signatureSurplus(model: DeclarationModel, game: TuGame, i: number): number {
  const all = grandCoalition(game.n);
  return (
    (game.v[all] as number) - (game.v[all ^ (1 << i)] as number) - (model.disagreement[i] as number)
  );
}

/** Completes a member allocation: the leader gets v(N) minus what the members get. */
function withLeaderResidual(model: DeclarationModel, game: TuGame, members: number[]): number[] {
  const vN = game.v[grandCoalition(game.n)] as number;
  const others = members.reduce((s, x, i) => (i === model.leader ? s : s + x), 0);
  members[model.leader] = vN - others;
  return members;
}

export function nashPairwise(
  model: DeclarationModel,
  game: TuGame,
  powers: readonly number[],
): number[] {
  const aR = powers[model.leader] as number;
  const x = model.players.map((_, i) => {
    if (i === model.leader) return 0;
    const share = (powers[i] as number) / ((powers[i] as number) + aR);
    return (model.disagreement[i] as number) + share * signatureSurplus(model, game, i);
  });
  return withLeaderResidual(model, game, x);
}

/** Side payments implied by an allocation: x_i − u_i(T*) for members, 0 for the leader. */
export function impliedPayments(
  model: DeclarationModel,
  x: readonly number[],
  text: number,
): number[] {
  return model.players.map((_, i) =>
    i === model.leader ? 0 : (x[i] as number) - memberUtility(model, i, text),
  );
}
