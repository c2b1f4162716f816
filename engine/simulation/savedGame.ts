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

export const SAVED_GAME_VERSION = 1;

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
    version: SAVED_GAME_VERSION,
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
  if (g.version !== SAVED_GAME_VERSION) {
    return {
      ok: false,
      errors: [
        `saved-game version ${String(g.version)} is not supported; this Summit Lab reads version ${SAVED_GAME_VERSION}`,
      ],
    };
  }
  const errors: string[] = [];
  if (typeof g.scenarioId !== 'string') errors.push('/scenarioId must be a string');
  if (typeof g.scenarioHash !== 'string') errors.push('/scenarioHash must be a string');
  if (!Number.isInteger(g.seed)) errors.push('/seed must be a whole number');
  if (typeof g.history !== 'boolean') errors.push('/history must be true or false');
  if (typeof g.west !== 'boolean') errors.push('/west must be true or false');
  if (g.credibility !== undefined && typeof g.credibility !== 'number')
    errors.push('/credibility must be a number');
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
export function replayGame(scenario: CompiledScenario, saved: SavedGame): Result<Replay> {
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
  const setup = createSetup(scenario, {
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
