/**
 * Bargaining problem files for the CLI and the calculator: parse untrusted JSON into a
 * problem (every error with its JSON Pointer path), then solve it.
 *   {"kind": "nash" | "kalai-smorodinsky" | "egalitarian", "disagreement": [d1, d2], "frontier": [[u1, u2], ...]}
 *   {"kind": "rubinstein", "discount": [d1, d2], "firstMover": 0 | 1, "rounds"?: k}
 *   {"kind": "vote-buying", "preferences": [...], "rivalBudget": W, "quota": m}
 */
import { withinMagnitude } from '../shared/limits';
import type { Result } from '../shared/types';
import type { Point } from './frontier';
import { nashBargainingSolution } from './nash';
import { kalaiSmorodinskySolution } from './kalaiSmorodinsky';
import { egalitarianSolution } from './egalitarian';
import { rubinsteinShares } from './rubinstein';
import { voteBuying } from './voteBuying';
import { exactNumbers } from '../shared/rational';

export type BargainProblem =
  | { kind: 'nash' | 'kalai-smorodinsky' | 'egalitarian'; disagreement: Point; frontier: Point[] }
  | { kind: 'rubinstein'; discount: [number, number]; firstMover: 0 | 1; rounds?: number }
  | { kind: 'vote-buying'; preferences: number[]; rivalBudget: number; quota: number };

export interface BargainError {
  readonly path: string;
  readonly message: string;
}

/** A finite number within the engine's magnitude (±1e12): ±1e308 made Nash return d. */
const isNum = (x: unknown): x is number =>
  typeof x === 'number' && Number.isFinite(x) && withinMagnitude(x);
const isPair = (x: unknown): x is [number, number] =>
  Array.isArray(x) && x.length === 2 && x.every(isNum);

export function parseBargainFile(doc: unknown): Result<BargainProblem, BargainError> {
  const errors: BargainError[] = [];
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return {
      ok: false,
      errors: [{ path: '', message: 'a bargaining file must be a JSON object' }],
    };
  }
  const o = doc as Record<string, unknown>;
  const kinds = ['nash', 'kalai-smorodinsky', 'egalitarian', 'rubinstein', 'vote-buying'];
  if (typeof o.kind !== 'string' || !kinds.includes(o.kind)) {
    return {
      ok: false,
      errors: [
        { path: '/kind', message: `must be one of ${kinds.map((k) => `"${k}"`).join(', ')}` },
      ],
    };
  }
  if (o.kind === 'rubinstein') {
    if (!isPair(o.discount)) errors.push({ path: '/discount', message: 'must be two numbers' });
    else
      o.discount.forEach((x, i) => {
        if (!(x >= 0 && x < 1))
          errors.push({ path: `/discount/${i}`, message: 'a discount factor must be in [0, 1)' });
      });
    if (o.firstMover !== 0 && o.firstMover !== 1)
      errors.push({ path: '/firstMover', message: 'must be 0 or 1' });
    if (
      'rounds' in o &&
      !(Number.isInteger(o.rounds) && (o.rounds as number) >= 1 && (o.rounds as number) <= 1e6)
    ) {
      errors.push({
        path: '/rounds',
        message: 'must be a whole number of rounds from 1 to 1,000,000',
      });
    }
    if (errors.length) return { ok: false, errors };
    const p: BargainProblem = {
      kind: 'rubinstein',
      discount: o.discount as [number, number],
      firstMover: o.firstMover as 0 | 1,
    };
    if ('rounds' in o) p.rounds = o.rounds as number;
    return { ok: true, value: p };
  }
  if (o.kind === 'vote-buying') {
    if (!Array.isArray(o.preferences) || o.preferences.length === 0) {
      errors.push({ path: '/preferences', message: 'must be a non-empty array of numbers' });
    } else {
      o.preferences.forEach((x, i) => {
        if (!isNum(x))
          errors.push({ path: `/preferences/${i}`, message: 'must be a number within ±1e12' });
      });
      if (o.preferences.length > 100_000)
        errors.push({ path: '/preferences', message: 'at most 100,000 legislators' });
    }
    if (!isNum(o.rivalBudget) || o.rivalBudget < 0)
      errors.push({ path: '/rivalBudget', message: 'must be a non-negative number within ±1e12' });
    const n = Array.isArray(o.preferences) ? o.preferences.length : 0;
    if (
      !Number.isInteger(o.quota) ||
      (o.quota as number) < 1 ||
      (n > 0 && (o.quota as number) > n)
    ) {
      errors.push({
        path: '/quota',
        message: `must be a whole number of votes from 1 to the number of legislators${n ? ` (${n})` : ''}`,
      });
    }
    if (errors.length) return { ok: false, errors };
    return {
      ok: true,
      value: {
        kind: 'vote-buying',
        preferences: o.preferences as number[],
        rivalBudget: o.rivalBudget as number,
        quota: o.quota as number,
      },
    };
  }
  if (!isPair(o.disagreement))
    errors.push({ path: '/disagreement', message: 'must be two numbers [d1, d2] within ±1e12' });
  if (!Array.isArray(o.frontier) || o.frontier.length === 0) {
    errors.push({ path: '/frontier', message: 'must be a non-empty array of points [u1, u2]' });
  } else {
    o.frontier.forEach((p, i) => {
      if (!isPair(p))
        errors.push({
          path: `/frontier/${i}`,
          message: 'must be a point [u1, u2] of two numbers within ±1e12',
        });
    });
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      kind: o.kind as 'nash',
      disagreement: o.disagreement as Point,
      frontier: o.frontier as Point[],
    },
  };
}

export type BargainSolution = (
  | { solution: [number, number] }
  | { shares: [number, number] }
  | { cost: number | null; bribes: number[]; coalitionSize: number }
) & {
  /** Exact fractions of the numbers above, where they are found (rational inputs). */
  exact?: Record<string, string[] | string>;
};

/** The unrounded answer, before exact fractions are attached. */
function solveNumbers(p: BargainProblem): BargainSolution {
  switch (p.kind) {
    case 'nash':
      return { solution: [...nashBargainingSolution(p.disagreement, p.frontier)] };
    case 'kalai-smorodinsky':
      return { solution: [...kalaiSmorodinskySolution(p.disagreement, p.frontier)] };
    case 'egalitarian':
      return { solution: [...egalitarianSolution(p.disagreement, p.frontier)] };
    case 'rubinstein':
      return { shares: rubinsteinShares(p.discount, p.firstMover, p.rounds) };
    case 'vote-buying': {
      const r = voteBuying(p.preferences, p.rivalBudget, p.quota);
      return {
        cost: Number.isFinite(r.cost) ? r.cost : null,
        bribes: r.bribes,
        coalitionSize: r.coalitionSize,
      };
    }
  }
}

export function solveBargain(p: BargainProblem): BargainSolution {
  const result = solveNumbers(p);
  const exact: Record<string, string[] | string> = {};
  for (const [key, value] of Object.entries(result)) {
    if (Array.isArray(value)) {
      const e = exactNumbers(value);
      if (e && e.some((x) => x.includes('/'))) exact[key] = e;
    } else if (typeof value === 'number' && key === 'cost') {
      const e = exactNumbers([value]);
      if (e?.[0]?.includes('/')) exact[key] = e[0];
    }
  }
  return Object.keys(exact).length > 0 ? { ...result, exact } : result;
}
