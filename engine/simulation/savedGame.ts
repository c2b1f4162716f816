/**
 * A saved game: the scenario's id and fingerprint, the seed and options, who played what,
 * and the event log. Replaying the log from the same setup gives the same game exactly;
 * an unknown version, a corrupt file or a different scenario is a clear error.
 */
import { fnv1a } from '../shared/hash';
import type { Result } from '../shared/types';
import { applyMove, initialSummitState, validateMove } from '../protocols/summitRules';
import { createSetup } from '../protocols/summitSetup';
import type { ReasonedEvent, SummitSetup, SummitState } from '../protocols/summitTypes';
import type { CompiledScenario } from '../scenario/scenario';
import type { ScenarioModel } from '../scenario/scenarioModel';

/**
 * Version 2 seeds the random generator from a mixed state (shared/rng.ts); version 1 saves
 * are still read, and replay with the old seeding so they come out exactly as played.
 */
export const SAVED_GAME_VERSION = 2;
const READABLE_VERSIONS: readonly number[] = [1, 2];

export interface SavedGame {
  format: 'summit-lab-game';
  version: number;
  scenarioId: string;
  scenarioHash: string;
  seed: number;
  history: boolean;
  west: boolean;
  credibility?: number;
  /** Role → strategy name, or "human". */
  players: Record<string, string>;
  events: ReasonedEvent[];
}

export function scenarioHash(scenario: CompiledScenario): string {
  return fnv1a(JSON.stringify(scenario.file));
}

export function saveGame(
  scenario: CompiledScenario,
  setup: SummitSetup,
  options: { history: boolean; west: boolean; credibility?: number },
  players: Record<string, string>,
  events: readonly ReasonedEvent[],
): SavedGame {
  return {
    format: 'summit-lab-game',
    version: setup.rngVersion === 1 ? 1 : SAVED_GAME_VERSION,
    scenarioId: scenario.file.id,
    scenarioHash: scenarioHash(scenario),
    seed: setup.seed,
    history: options.history,
    west: options.west,
    ...(options.credibility !== undefined ? { credibility: options.credibility } : {}),
    players,
    events: [...events],
  };
}

export function parseSavedGame(doc: unknown): Result<SavedGame> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return { ok: false, errors: ['a saved game must be a JSON object'] };
  const g = doc as Record<string, unknown>;
  if (g.format !== 'summit-lab-game')
    return { ok: false, errors: ['this is not a Summit Lab saved game'] };
  if (typeof g.version !== 'number' || !READABLE_VERSIONS.includes(g.version)) {
    return {
      ok: false,
      errors: [
        `saved-game version ${JSON.stringify(g.version)} is not supported; this Summit Lab reads versions ${READABLE_VERSIONS.join(' and ')}`,
      ],
    };
  }
  const errors: string[] = [];
  if (typeof g.scenarioId !== 'string') errors.push('/scenarioId must be a string');
  if (typeof g.scenarioHash !== 'string') errors.push('/scenarioHash must be a string');
  if (!Number.isInteger(g.seed) || (g.seed as number) < 0 || (g.seed as number) >= 2 ** 31)
    errors.push('/seed must be a whole number from 0 to 2147483647');
  if (typeof g.history !== 'boolean') errors.push('/history must be true or false');
  if (typeof g.west !== 'boolean') errors.push('/west must be true or false');
  if (
    g.credibility !== undefined &&
    !(typeof g.credibility === 'number' && g.credibility >= 0 && g.credibility <= 1)
  )
    errors.push('/credibility must be a number from 0 to 1');
  if (typeof g.players !== 'object' || g.players === null)
    errors.push('/players must be an object');
  if (!Array.isArray(g.events)) errors.push('/events must be an array');
  else
    g.events.forEach((e, i) => {
      if (
        typeof e !== 'object' ||
        e === null ||
        typeof (e as { type?: unknown }).type !== 'string' ||
        typeof (e as { actor?: unknown }).actor !== 'string'
      ) {
        errors.push(`/events/${i} must be a move with a "type" and an "actor"`);
      }
    });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: g as unknown as SavedGame };
}

export interface Replay {
  readonly setup: SummitSetup;
  /** The state after each event; states[0] is the start. */
  readonly states: SummitState[];
}

/** Replay a saved game's log; any illegal move (a corrupt log) is reported with its index. */
export function replayGame(model: ScenarioModel, saved: SavedGame): Result<Replay> {
  const { scenario } = model;
  if (saved.scenarioId !== scenario.file.id) {
    return {
      ok: false,
      errors: [`the game was played on scenario "${saved.scenarioId}", not "${scenario.file.id}"`],
    };
  }
  if (saved.scenarioHash !== scenarioHash(scenario)) {
    return {
      ok: false,
      errors: [
        `scenario "${saved.scenarioId}" has changed since the game was saved (fingerprint ${saved.scenarioHash}, now ${scenarioHash(scenario)})`,
      ],
    };
  }
  const setup = createSetup(model, {
    rngVersion: saved.version === 1 ? 1 : 2,
    seed: saved.seed,
    history: saved.history,
    west: saved.west,
    ...(saved.credibility !== undefined ? { credibility: saved.credibility } : {}),
  });
  const states = [initialSummitState(setup)];
  for (const [i, e] of saved.events.entries()) {
    const state = states[states.length - 1] as SummitState;
    const why = validateMove(setup, state, e);
    if (why)
      return {
        ok: false,
        errors: [`/events/${i}: ${e.type} by ${e.actor} is not legal here: ${why}`],
      };
    states.push(applyMove(setup, state, e));
  }
  return { ok: true, value: { setup, states } };
}
