/**
 * A saved game: the scenario's id and fingerprint, the seed and options, who played what,
 * and the event log. Replaying the log from the same setup gives the same game exactly;
 * an unknown version, a corrupt file or a different scenario is a clear error.
 */
import { canonicalJson, fnv1a } from '../shared/hash';
import { eventProblems } from '../protocols/eventSchema';
import type { Result } from '../shared/types';
import { machineDriver } from './gameSession';
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
  /**
   * FNV-1a of the rest of the save (version 2): a log edited by hand is reported as edited
   * instead of replayed as if it were genuine. A fingerprint against accidents and casual
   * edits, not a signature: whoever edits the file can recompute it.
   */
  checksum?: string;
}

/** The checksum of a save: FNV-1a of its other fields as canonical JSON. */
export function saveChecksum(g: SavedGame): string {
  const rest: Partial<SavedGame> = { ...g };
  delete rest.checksum;
  return fnv1a(canonicalJson(rest));
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
  const version = setup.rngVersion === 1 ? 1 : SAVED_GAME_VERSION;
  const game: SavedGame = {
    format: 'summit-lab-game',
    version,
    scenarioId: scenario.file.id,
    scenarioHash: scenarioHash(scenario),
    seed: setup.seed,
    history: options.history,
    west: options.west,
    ...(options.credibility !== undefined ? { credibility: options.credibility } : {}),
    players,
    events: [...events],
  };
  return version === 1 ? game : { ...game, checksum: saveChecksum(game) };
}

/** The fields every save has (the checksum aside). */
const EMPTY_SAVE: Omit<SavedGame, 'checksum' | 'credibility'> = Object.freeze({
  format: 'summit-lab-game',
  version: 0,
  scenarioId: '',
  scenarioHash: '',
  seed: 0,
  history: false,
  west: false,
  players: {},
  events: [],
});

/** A game ends in a few hundred moves; a longer log is not a game of this protocol. */
const MAX_SAVED_EVENTS = 5000;

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
  if (
    typeof g.players !== 'object' ||
    g.players === null ||
    Array.isArray(g.players) ||
    !Object.values(g.players).every((x) => typeof x === 'string')
  )
    errors.push('/players must be an object of role → strategy name');
  if (!Array.isArray(g.events)) errors.push('/events must be an array');
  else if (g.events.length > MAX_SAVED_EVENTS)
    errors.push(`/events: at most ${MAX_SAVED_EVENTS} moves`);
  else g.events.forEach((e, i) => errors.push(...eventProblems(e, `/events/${i}`)));
  const known = new Set([...Object.keys(EMPTY_SAVE), 'credibility', 'checksum']);
  for (const key of Object.keys(g)) if (!known.has(key)) errors.push(`/${key}: unknown field`);
  if (errors.length > 0) return { ok: false, errors };
  const game = g as unknown as SavedGame;
  if (game.version >= 2) {
    if (typeof game.checksum !== 'string')
      return { ok: false, errors: ['/checksum is missing: a version 2 save always carries one'] };
    if (game.checksum !== saveChecksum(game))
      return {
        ok: false,
        errors: [
          '/checksum does not match: the game was edited after it was saved, so it is not replayed',
        ],
      };
  }
  return { ok: true, value: game };
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
  // The log replays through the summit machine, as it was played.
  const driver = machineDriver(setup);
  const states = [driver.state()];
  try {
    for (const [i, e] of saved.events.entries()) {
      const why = driver.send(e);
      if (why)
        return {
          ok: false,
          errors: [`/events/${i}: ${e.type} by ${e.actor} is not legal here: ${why}`],
        };
      states.push(driver.state());
    }
  } finally {
    driver.stop();
  }
  return { ok: true, value: { setup, states } };
}
