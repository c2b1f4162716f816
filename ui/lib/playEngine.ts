/**
 * Everything the Play view needs from the engine, in one module so the browser loads it
 * (with zod and mathjs) only when a game starts: opening a game and replaying its moves,
 * what a role may see at each moment, and saving, restoring and replaying stored games. The
 * models games run on (gameModels.ts) and a finished game's outcome (gameOutcome.ts) live
 * in their own modules and are re-exported here.
 */
import {
  createSetup,
  agentFor,
  isStrategy,
  DEFAULT_STRATEGY,
  moveMenu,
  startSession,
  viewFor,
  visibleLog,
  publicTable,
  type PublicTable,
  offerCost,
  offerValue,
  parseSavedGame,
  replayGame,
  saveGame,
  STRATEGIES,
  validateMove,
  type MenuItem,
  type GameSession,
  type HumanMove,
  type AgentView,
  type SavedGame,
  type ReasonedEvent,
  type SummitSetup,
  type SummitState,
} from '../../engine/index';
import { mapCodes, modelFor, scenarioFor, SCENARIO_DOCS, type GameConfig } from './gameModels';
import { outcomeOf, type Outcome } from './gameOutcome';

/** What every player at the table may know of the game's setup (no private values). */
export type TableInfo = PublicTable & {
  /** The map code (ISO alpha-3) of each player the map draws. */
  readonly mapCodes: Readonly<Record<string, string>>;
};

/**
 * What the person's role may see at one moment (boardgame.io's playerView, chessground's
 * model): the public table, the role's view and log, its move menu, whether it must move,
 * and — only once the game is over — the outcome. Components receive this, never the game.
 */
export interface RoleFrame {
  readonly role: string;
  readonly table: TableInfo;
  readonly view: AgentView;
  readonly menu: MenuItem[];
  readonly log: ReturnType<typeof visibleLog>;
  readonly myTurn: boolean;
  readonly outcome: Outcome | null;
  /** This game's number in a series, 1 for a first game. */
  readonly series: number;
}

/** A game on the table: its settings, the person's moves so far and the running session. */
export interface OpenGame {
  readonly config: GameConfig;
  readonly setup: SummitSetup;
  readonly session: GameSession;
}

/**
 * Start a game (or resume one from the person's moves so far) on the summit machine's
 * actor; the AI roles move at once. A move the rules refuse throws. The caller stops the
 * session when the game leaves the table.
 */
export function openGame(config: GameConfig, moves: readonly HumanMove[]): OpenGame {
  const model = modelFor(config);
  const setup = createSetup(model, {
    seed: config.seed,
    history: config.history,
    ...(config.rngVersion ? { rngVersion: config.rngVersion } : {}),
    ...(config.credibility !== undefined ? { credibility: config.credibility } : {}),
  });
  const agents = Object.fromEntries(
    setup.players
      .filter((p) => p !== config.role)
      .map((p) => [p, agentFor(setup, p, config.strategy)]),
  );
  const session = startSession(setup, agents, { humans: new Set([config.role]) });
  for (const [i, move] of moves.entries()) {
    const refused = session.play(move);
    if (refused) {
      session.stop();
      throw new Error(`move ${i + 1} (${move.type} by ${move.actor}) is refused: ${refused}`);
    }
  }
  return { config, setup, session };
}

/** The person's frame at a state of the game (the actor's latest snapshot by default). */
export function roleFrame(game: OpenGame, state: SummitState = game.session.state()): RoleFrame {
  const { config, setup, session } = game;
  const over = session.waitingFor() === null;
  return {
    role: config.role,
    table: { ...publicTable(setup), mapCodes: mapCodes(config) },
    view: viewFor(setup, state, config.role),
    menu: over ? [] : moveMenu(setup, state, config.role),
    log: visibleLog(state, config.role),
    myTurn: session.waitingFor() === config.role,
    outcome: over ? outcomeOf(game.config, game.setup, state) : null,
    series: config.series ?? 1,
  };
}

/** Why a move would be refused now, or undefined if it is legal (checked by the rules). */
export function whyIllegal(game: OpenGame, event: ReasonedEvent): string | undefined {
  return validateMove(game.setup, game.session.state(), event);
}

/** A saved game plus the person's passes, which the event log alone does not hold. */
export interface StoredGame {
  readonly config: GameConfig;
  readonly moves: HumanMove[];
  readonly saved: SavedGame;
}

export function storeGame(game: OpenGame, moves: readonly HumanMove[]): StoredGame {
  const { config, setup, session } = game;
  const players = Object.fromEntries(
    setup.players.map((p) => [p, p === config.role ? 'human' : config.strategy]),
  );
  return {
    config,
    moves: [...moves],
    saved: saveGame(
      scenarioFor(config),
      setup,
      {
        history: config.history,
        west: false,
        ...(config.credibility !== undefined ? { credibility: config.credibility } : {}),
      },
      players,
      [...session.events],
    ),
  };
}

/**
 * The settings of the next game: "Play again" starts afresh at the model's credibility;
 * with a credibility, the next summit of a series carries the one the last game left.
 */
export function nextGame(config: GameConfig, seed: number, credibility?: number): GameConfig {
  const next: { -readonly [K in keyof GameConfig]: GameConfig[K] } = { ...config, seed };
  delete next.rngVersion;
  delete next.series;
  delete next.credibility;
  if (credibility === undefined) return next;
  return { ...next, credibility, series: (config.series ?? 1) + 1 };
}

function omitRngVersion(config: GameConfig): GameConfig {
  const current = { ...config };
  delete current.rngVersion;
  return current;
}

/** What is wrong with a stored game's settings, field by field, or undefined. */
function configProblem(config: unknown): string | undefined {
  const c = config as Record<string, unknown>;
  if (typeof c !== 'object' || c === null) return '/config must be an object';
  if (typeof c.scenarioId !== 'string') return '/config/scenarioId must be a string';
  if (typeof c.role !== 'string') return '/config/role must be a player id';
  if (typeof c.seed !== 'number' || !Number.isInteger(c.seed) || c.seed < 0 || c.seed >= 2 ** 31)
    return '/config/seed must be a whole number from 0 to 2147483647';
  if (typeof c.history !== 'boolean') return '/config/history must be true or false';
  if (typeof c.strategy !== 'string' || !isStrategy(c.strategy))
    return `/config/strategy must be one of ${STRATEGIES.join(', ')}`;
  if (
    c.credibility !== undefined &&
    !(typeof c.credibility === 'number' && c.credibility >= 0 && c.credibility <= 1)
  )
    return '/config/credibility must be a number from 0 to 1';
  if (c.series !== undefined && !(Number.isInteger(c.series) && (c.series as number) >= 1))
    return '/config/series must be a whole number from 1';
  return undefined;
}

/** Check a stored game (from the browser's storage or an imported file); never throws. */
export function restoreGame(
  doc: unknown,
): { ok: true; value: StoredGame } | { ok: false; message: string } {
  if (typeof doc === 'object' && doc !== null && 'format' in doc) return restoreSavedLog(doc);
  try {
    const g = doc as StoredGame;
    if (!g || typeof g !== 'object' || !g.config || !Array.isArray(g.moves))
      return { ok: false, message: 'this is not a Summit Lab game file' };
    const wrong = configProblem(g.config);
    if (wrong) return { ok: false, message: wrong };
    const saved = parseSavedGame(g.saved);
    if (!saved.ok) return { ok: false, message: saved.errors.join('; ') };
    if (
      saved.value.seed !== g.config.seed ||
      saved.value.history !== g.config.history ||
      saved.value.credibility !== g.config.credibility
    )
      return { ok: false, message: 'the game settings disagree with its saved log' };
    // Games saved before the generator's seeding was fixed replay with the old seeding.
    const config: GameConfig =
      saved.value.version === 1 ? { ...g.config, rngVersion: 1 } : omitRngVersion(g.config);
    if (g.config.model === undefined && !(g.config.scenarioId in SCENARIO_DOCS))
      return { ok: false, message: `unknown scenario "${g.config.scenarioId}"` };
    const model = modelFor(g.config);
    if (!model.playerIndex.has(g.config.role))
      return { ok: false, message: `/config/role: "${g.config.role}" is not a player here` };
    const replay = replayGame(model, saved.value);
    if (!replay.ok) return { ok: false, message: replay.errors.join('; ') };
    // The person's moves must reproduce the saved log exactly.
    const game = openGame(config, g.moves);
    const same = JSON.stringify(game.session.events) === JSON.stringify(saved.value.events);
    game.session.stop();
    if (!same) return { ok: false, message: 'the saved moves do not reproduce the saved game' };
    return { ok: true, value: { ...g, config } };
  } catch (e) {
    return { ok: false, message: `the saved game cannot be read: ${(e as Error).message}` };
  }
}

/**
 * A saved game in the CLI's format (a class table, or `summit-lab simulate --save`) of a
 * bundled scenario, for Replay: its log must replay through the machine.
 */
function restoreSavedLog(
  doc: object,
): { ok: true; value: StoredGame } | { ok: false; message: string } {
  const saved = parseSavedGame(doc);
  if (!saved.ok) return { ok: false, message: saved.errors.join('; ') };
  const g = saved.value;
  if (!(g.scenarioId in SCENARIO_DOCS))
    return { ok: false, message: `unknown scenario "${g.scenarioId}"` };
  const model = modelFor({ scenarioId: g.scenarioId });
  const replay = replayGame(model, g);
  if (!replay.ok) return { ok: false, message: replay.errors.join('; ') };
  const config: GameConfig = {
    scenarioId: g.scenarioId,
    role: replay.value.setup.leader,
    seed: g.seed,
    history: g.history,
    strategy: DEFAULT_STRATEGY,
    ...(g.version === 1 ? { rngVersion: 1 as const } : {}),
    ...(g.credibility !== undefined ? { credibility: g.credibility } : {}),
  };
  return { ok: true, value: { config, moves: [], saved: g } };
}

/** A stored game replayed into its sequence of states, for the Replay view. */
export function replayStored(
  stored: StoredGame,
): { setup: SummitSetup; states: SummitState[] } | null {
  const r = replayGame(modelFor(stored.config), stored.saved);
  return r.ok ? r.value : null;
}

export { visibleLog, offerCost, offerValue };
export { regionCountries, type MapCountry } from './regionMap';
export type { HumanMove, MenuItem, SummitSetup, AgentView, ReasonedEvent, SummitState };
export {
  mapCodes,
  modelFor,
  scenarioById,
  scenarioFor,
  SCENARIO_DOCS,
  type GameConfig,
} from './gameModels';
export { predictionFor, type Outcome, type Prediction } from './gameOutcome';
