/** Equal split: v(N)/n to each player — the benchmark every other concept is set against. */
import type { Allocation } from '../shared/types';
import { grandWorth, type TuGame } from './tuGame';

export function equalSplit(game: TuGame): Allocation {
  return new Array<number>(game.n).fill(grandWorth(game) / game.n);
}
