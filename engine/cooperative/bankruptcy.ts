/**
 * Bankruptcy (claims) problems: an estate E < Σ claims is divided among claimants.
 * Rules: proportional; constrained equal awards (CEA: equal shares capped by claims);
 * constrained equal losses (CEL: equal losses floored at 0); and the Talmud rule, which
 * applies CEA to half-claims when E ≤ Σc/2 and gives half-claims plus CEL on the other
 * halves above it. The Talmud rule is the nucleolus of the bankruptcy game
 * v(S) = max(0, E − c(N∖S)).
 * Ref: Aumann & Maschler (1985), "Game theoretic analysis of a bankruptcy problem from the
 * Talmud", JET 36; O'Neill (1982); Thomson (2003) survey.
 */
import type { Allocation } from '../shared/types';
import { gameFromFunction, type TuGame } from './tuGame';
import { defaultPlayers } from './tuGame';

const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function proportionalRule(estate: number, claims: readonly number[]): Allocation {
  const c = total(claims);
  return claims.map((ci) => (c === 0 ? 0 : (estate * ci) / c));
}

/** CEA: min(c_i, λ) with λ chosen so the awards sum to the estate. */
export function constrainedEqualAwards(estate: number, claims: readonly number[]): Allocation {
  const order = claims
    .map((_, i) => i)
    .sort((a, b) => (claims[a] as number) - (claims[b] as number));
  const out = new Array<number>(claims.length).fill(0);
  let left = estate;
  let remaining = claims.length;
  for (const i of order) {
    const share = left / remaining;
    const award = Math.min(claims[i] as number, share);
    out[i] = award;
    left -= award;
    remaining--;
  }
  return out;
}

/** CEL: max(0, c_i − μ) with μ chosen so the awards sum to the estate. */
export function constrainedEqualLosses(estate: number, claims: readonly number[]): Allocation {
  const losses = constrainedEqualAwards(total(claims) - estate, claims);
  return claims.map((ci, i) => ci - (losses[i] as number));
}

export function talmudRule(estate: number, claims: readonly number[]): Allocation {
  const half = claims.map((c) => c / 2);
  if (estate <= total(half)) return constrainedEqualAwards(estate, half);
  const rest = constrainedEqualLosses(estate - total(half), half);
  return half.map((h, i) => h + (rest[i] as number));
}

/** The bankruptcy game v(S) = max(0, E − Σ_{j∉S} c_j). */
export function bankruptcyGame(
  estate: number,
  claims: readonly number[],
  players?: readonly string[],
): TuGame {
  const c = total(claims);
  return gameFromFunction(players ?? defaultPlayers(claims.length), (s) => {
    let inside = 0;
    for (let i = 0; i < claims.length; i++) if ((s >>> i) & 1) inside += claims[i] as number;
    return Math.max(0, estate - (c - inside));
  });
}
