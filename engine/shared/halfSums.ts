/**
 * x(S) for any coalition S in O(1) from two tables of 2^(n/2) entries: the sums over the low
 * half of the players and over the high half, x(S) = low[S & mask] + high[S >>> lowBits]
 * (meet in the middle). A table of all 2^n sums would be 32 MB at n = 22, and writing fresh
 * memory of that size costs more than everything the nucleolus does with it.
 */
import { coalitionSumsInto } from './bits';

export class HalfSums {
  readonly lowBits: number;
  readonly mask: number;
  readonly low: Float64Array;
  readonly high: Float64Array;

  constructor(readonly n: number) {
    this.lowBits = Math.ceil(n / 2);
    this.mask = 2 ** this.lowBits - 1;
    this.low = new Float64Array(2 ** this.lowBits);
    this.high = new Float64Array(2 ** (n - this.lowBits));
  }

  /** Tabulate the half sums of x (its first n entries). */
  fill(x: Float64Array): this {
    coalitionSumsInto(x, this.lowBits, this.low);
    coalitionSumsInto(x.subarray(this.lowBits, this.n), this.n - this.lowBits, this.high);
    return this;
  }

  /** x(S). */
  at(s: number): number {
    return (this.low[s & this.mask] as number) + (this.high[s >>> this.lowBits] as number);
  }
}
