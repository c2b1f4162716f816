/**
 * Indices of simple games (every v(S) is 0 or 1) that need the minimal winning or the
 * critical structure of every coalition, by enumeration of the 2^n coalitions (n ≤ 25).
 * Ref: Deegan & Packel (1978); Holler (1982) Public Good index; Johnston (1978).
 */
import { popcount } from '../shared/bits';
import type { Allocation, Maybe } from '../shared/types';
import type { TuGame } from './tuGame';

/** Whether every worth is 0 or 1, v(N) = 1, and the game is monotone. */
export function isSimpleGame(game: TuGame): boolean {
  const { v, n } = game;
  if (v[v.length - 1] !== 1) return false;
  for (let s = 0; s < v.length; s++) {
    const x = v[s];
    if (x !== 0 && x !== 1) return false;
    if (x === 1) for (let i = 0; i < n; i++) if (v[s | (1 << i)] !== 1) return false;
  }
  return true;
}

export const notSimple: Maybe<never> = {
  ok: false,
  reason: 'defined for simple games only (monotone, every coalition worth 0 or 1, v(N) = 1)',
};

/** The minimal winning coalitions: winning, and every member is critical. */
export function minimalWinningCoalitions(game: TuGame): number[] {
  const out: number[] = [];
  const { v, n } = game;
  for (let s = 1; s < v.length; s++) {
    if (v[s] !== 1) continue;
    let minimal = true;
    for (let i = 0; i < n && minimal; i++)
      if ((s >>> i) & 1 && v[s ^ (1 << i)] === 1) minimal = false;
    if (minimal) out.push(s);
  }
  return out;
}

function normalizeScores(scores: number[]): Allocation {
  const total = scores.reduce((a, b) => a + b, 0);
  return scores.map((x) => x / total);
}

export function deeganPackelIndex(game: TuGame): Maybe<Allocation> {
  if (!isSimpleGame(game)) return notSimple;
  const mwc = minimalWinningCoalitions(game);
  const scores = new Array<number>(game.n).fill(0);
  for (const s of mwc) {
    const share = 1 / (popcount(s) * mwc.length);
    for (let i = 0; i < game.n; i++) if ((s >>> i) & 1) scores[i] = (scores[i] as number) + share;
  }
  return { ok: true, value: scores };
}

export function publicGoodIndex(game: TuGame): Maybe<Allocation> {
  if (!isSimpleGame(game)) return notSimple;
  const scores = new Array<number>(game.n).fill(0);
  for (const s of minimalWinningCoalitions(game)) {
    for (let i = 0; i < game.n; i++) if ((s >>> i) & 1) scores[i] = (scores[i] as number) + 1;
  }
  return { ok: true, value: normalizeScores(scores) };
}

export function johnstonIndex(game: TuGame): Maybe<Allocation> {
  if (!isSimpleGame(game)) return notSimple;
  const { v, n } = game;
  const scores = new Array<number>(n).fill(0);
  const critical: number[] = [];
  for (let s = 1; s < v.length; s++) {
    if (v[s] !== 1) continue;
    critical.length = 0;
    for (let i = 0; i < n; i++) if ((s >>> i) & 1 && v[s ^ (1 << i)] === 0) critical.push(i);
    for (const i of critical) scores[i] = (scores[i] as number) + 1 / critical.length;
  }
  return { ok: true, value: normalizeScores(scores) };
}
