/**
 * Parse an untrusted game description (a JSON value) into a game, or return every
 * problem found with its JSON Pointer path. Three forms:
 *   {"players": ["A","B"], "v": {"A+B": 1}}        coalitions keyed by ids joined with "+"
 *   {"players"?: [...], "values": [2^n numbers]}   index = bitmask, player i is bit i
 *   {"players"?: [...], "weights": [...], "quota": q}
 */
import { MAX_EXPLICIT_PLAYERS } from '../shared/bits';
import { MAGNITUDE_MESSAGE, withinMagnitude } from '../shared/limits';
import type { Result } from '../shared/types';
import { defaultPlayers, gameFromValues, type TuGame } from './tuGame';
import { gameFromWeights, weightedVotingGame, type WeightedVotingGame } from './weightedVoting';
import { escapePointer } from '../shared/jsonPointer';

export type GameSpec =
  | { readonly kind: 'tu'; readonly game: TuGame }
  | {
      readonly kind: 'weighted';
      readonly weighted: WeightedVotingGame;
      /** The explicit game when n ≤ 25, for the concepts that need every coalition. */
      readonly game: TuGame | undefined;
    };

export interface GameFileError {
  /** JSON Pointer to the offending field ("" for the whole document). */
  readonly path: string;
  readonly message: string;
}

/** Largest weighted body accepted (the DP indices are O(n²·Σw)). */
/**
 * Voters in a weighted game: the power indices count coalitions in floating point, and
 * beyond about 1,020 voters the counts (up to 2^n) overflow it.
 */
export const MAX_WEIGHTED_PLAYERS = 1000;

/** Fields a game file may carry; "name", "source" and "description" are for people. */
const KNOWN_FIELDS = [
  'players',
  'v',
  'values',
  'weights',
  'quota',
  'name',
  'source',
  'description',
];

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function parsePlayers(raw: unknown, errors: GameFileError[]): string[] | undefined {
  if (!Array.isArray(raw)) {
    errors.push({ path: '/players', message: 'must be an array of player ids' });
    return undefined;
  }
  const seen = new Set<string>();
  raw.forEach((p, i) => {
    if (typeof p !== 'string' || p.trim() === '') {
      errors.push({ path: `/players/${i}`, message: 'must be a non-empty string' });
    } else if (p.includes('+')) {
      errors.push({ path: `/players/${i}`, message: `player id "${p}" must not contain "+"` });
    } else if (seen.has(p)) {
      errors.push({ path: `/players/${i}`, message: `player id "${p}" is given twice` });
    } else seen.add(p);
  });
  if (raw.length === 0) errors.push({ path: '/players', message: 'must list at least one player' });
  return raw.every((p) => typeof p === 'string') ? raw : undefined;
}

function parseCoalitionMap(
  doc: Record<string, unknown>,
  errors: GameFileError[],
): TuGame | undefined {
  if (!('players' in doc)) {
    errors.push({ path: '/players', message: 'is required with "v"' });
    return undefined;
  }
  const players = parsePlayers(doc.players, errors);
  if (!isRecord(doc.v)) {
    errors.push({ path: '/v', message: 'must be an object mapping coalitions to worths' });
    return undefined;
  }
  if (!players || errors.length > 0) return undefined;
  if (players.length > MAX_EXPLICIT_PLAYERS) {
    errors.push({ path: '/players', message: `at most ${MAX_EXPLICIT_PLAYERS} players` });
    return undefined;
  }
  const index = new Map(players.map((p, i) => [p, i]));
  const values = new Float64Array(2 ** players.length);
  const keyOf = new Map<number, string>();
  for (const [key, worth] of Object.entries(doc.v)) {
    const path = `/v/${escapePointer(key)}`;
    let mask = 0;
    let ok = true;
    const ids = key === '' ? [] : key.split('+').map((s) => s.trim());
    for (const id of ids) {
      const i = index.get(id);
      if (i === undefined) {
        errors.push({ path, message: `unknown player "${id}" in coalition "${key}"` });
        ok = false;
      } else if ((mask >>> i) & 1) {
        errors.push({ path, message: `player "${id}" appears twice in coalition "${key}"` });
        ok = false;
      } else mask |= 1 << i;
    }
    if (typeof worth !== 'number' || !Number.isFinite(worth)) {
      errors.push({ path, message: 'worth must be a finite number' });
      ok = false;
    } else if (!withinMagnitude(worth)) {
      errors.push({ path, message: `worth ${worth} ${MAGNITUDE_MESSAGE}` });
      ok = false;
    }
    if (!ok) continue;
    const earlier = keyOf.get(mask);
    if (earlier !== undefined) {
      errors.push({ path, message: `coalition "${key}" is given twice (also as "${earlier}")` });
      continue;
    }
    keyOf.set(mask, key);
    if (mask === 0 && worth !== 0) {
      errors.push({ path, message: 'v(∅), the empty coalition, must be 0' });
      continue;
    }
    values[mask] = worth as number;
  }
  return errors.length > 0 ? undefined : gameFromValues(values, players);
}

function parseValueArray(
  doc: Record<string, unknown>,
  errors: GameFileError[],
): TuGame | undefined {
  const raw = doc.values;
  if (!Array.isArray(raw)) {
    errors.push({ path: '/values', message: 'must be an array of 2^n numbers' });
    return undefined;
  }
  const n = Math.log2(raw.length);
  if (raw.length === 0 || !Number.isInteger(n)) {
    errors.push({
      path: '/values',
      message: `has ${raw.length} entries; it needs 2^n (1, 2, 4, 8, …), one per coalition`,
    });
    return undefined;
  }
  if (n > MAX_EXPLICIT_PLAYERS) {
    errors.push({ path: '/values', message: `at most ${MAX_EXPLICIT_PLAYERS} players` });
    return undefined;
  }
  raw.forEach((x, i) => {
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      errors.push({ path: `/values/${i}`, message: 'must be a finite number' });
    } else if (!withinMagnitude(x)) {
      errors.push({ path: `/values/${i}`, message: `${x} ${MAGNITUDE_MESSAGE}` });
    }
  });
  if (typeof raw[0] === 'number' && raw[0] !== 0) {
    errors.push({ path: '/values/0', message: 'v(∅), the empty coalition, must be 0' });
  }
  let players = defaultPlayers(n);
  if ('players' in doc) {
    const parsed = parsePlayers(doc.players, errors);
    if (parsed && parsed.length !== n) {
      errors.push({
        path: '/players',
        message: `lists ${parsed.length} players but "values" describes ${n}`,
      });
    }
    if (parsed) players = parsed;
  }
  return errors.length > 0 ? undefined : gameFromValues(raw as number[], players);
}

function parseWeighted(
  doc: Record<string, unknown>,
  errors: GameFileError[],
): GameSpec | undefined {
  const { weights, quota } = doc;
  if (!Array.isArray(weights) || weights.length === 0) {
    errors.push({ path: '/weights', message: 'must be a non-empty array of weights' });
    return undefined;
  }
  if (weights.length > MAX_WEIGHTED_PLAYERS) {
    errors.push({
      path: '/weights',
      message: `at most ${MAX_WEIGHTED_PLAYERS} voters (coalition counts up to 2^n overflow beyond that)`,
    });
  }
  weights.forEach((w, i) => {
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      errors.push({ path: `/weights/${i}`, message: 'must be a non-negative number' });
    } else if (!withinMagnitude(w)) {
      errors.push({ path: `/weights/${i}`, message: `${w} ${MAGNITUDE_MESSAGE}` });
    }
  });
  if (typeof quota !== 'number' || !Number.isFinite(quota)) {
    errors.push({ path: '/quota', message: 'is required with "weights" and must be a number' });
  } else if (!withinMagnitude(quota)) {
    errors.push({ path: '/quota', message: `${quota} ${MAGNITUDE_MESSAGE}` });
  } else if (quota <= 0) {
    errors.push({ path: '/quota', message: 'must be positive (else the empty coalition wins)' });
  }
  let players = defaultPlayers(weights.length);
  if ('players' in doc) {
    const parsed = parsePlayers(doc.players, errors);
    if (parsed && parsed.length !== weights.length) {
      errors.push({
        path: '/players',
        message: `lists ${parsed.length} players but "weights" has ${weights.length}`,
      });
    }
    if (parsed) players = parsed;
  }
  if (errors.length > 0) return undefined;
  const weighted = weightedVotingGame(weights as number[], quota as number, players);
  const game = weights.length <= MAX_EXPLICIT_PLAYERS ? gameFromWeights(weighted) : undefined;
  return { kind: 'weighted', weighted, game };
}

/** Parse a game document; never throws on bad input. */
export function parseGameFile(doc: unknown): Result<GameSpec, GameFileError> {
  const errors: GameFileError[] = [];
  if (!isRecord(doc)) {
    return { ok: false, errors: [{ path: '', message: 'a game file must be a JSON object' }] };
  }
  for (const key of Object.keys(doc)) {
    if (!KNOWN_FIELDS.includes(key)) {
      errors.push({ path: `/${escapePointer(key)}`, message: `unknown field "${key}"` });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const forms = ['v', 'values', 'weights'].filter((k) => k in doc);
  if (forms.length !== 1) {
    const message =
      forms.length === 0
        ? 'needs one of "v" (coalition worths), "values" (2^n numbers) or "weights" and "quota"'
        : `give only one of ${forms.map((f) => `"${f}"`).join(', ')}`;
    return { ok: false, errors: [{ path: '', message }] };
  }
  let spec: GameSpec | undefined;
  if (forms[0] === 'v') {
    const game = parseCoalitionMap(doc, errors);
    if (game) spec = { kind: 'tu', game };
  } else if (forms[0] === 'values') {
    const game = parseValueArray(doc, errors);
    if (game) spec = { kind: 'tu', game };
  } else spec = parseWeighted(doc, errors);
  return spec && errors.length === 0 ? { ok: true, value: spec } : { ok: false, errors };
}
