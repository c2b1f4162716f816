/**
 * Everything the Play view needs from the engine, in one module so the browser loads it
 * (with zod and mathjs) only when a game starts: the bundled scenarios, setup, the game
 * loop, move menus, views, payoffs, saving and replay.
 */
import moscow from '../../models/moscow-2008.json';
import atlas from 'world-atlas/countries-110m.json';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import sco from '../../models/sco-dushanbe-2008.json';
import abkhazia from '../../models/abkhazia-membership.json';
import { parseScenario } from '../../engine/scenario/parse';
import type { CompiledScenario } from '../../engine/scenario/scenario';
import { createSetup } from '../../engine/protocols/summitSetup';
import { agentFor } from '../../engine/agents/registry';
import { moveMenu, type MenuItem } from '../../engine/agents/moveMenu';
import { leaderPlan } from '../../engine/agents/leaderPlan';
import { playGame, type HumanMove, type PlayedGame } from '../../engine/simulation/playGame';
import { viewFor, visibleLog, type AgentView } from '../../engine/protocols/views';
import { prepareScenario } from '../../engine/scenario/solveScenario';
import { leaderOptimum } from '../../engine/scenario/leaderOptimum';
import { textClauses } from '../../engine/scenario/declarationModel';
import { shapleyValue } from '../../engine/cooperative/shapley';
import { finalPayoffs } from '../../engine/protocols/summitPayoffs';
import {
  parseSavedGame,
  replayGame,
  saveGame,
  type SavedGame,
} from '../../engine/simulation/savedGame';
import type { StrategyName } from '../../engine/agents/agent';
import type { ReasonedEvent, SummitSetup, SummitState } from '../../engine/protocols/summitTypes';
import { validateMove } from '../../engine/protocols/summitRules';

/** ISO 3166 numeric codes of the countries the map draws (world-atlas ids), by alpha-3. */
const NUMERIC: Record<string, string> = {
  RUS: '643',
  ARM: '051',
  BLR: '112',
  KAZ: '398',
  KGZ: '417',
  TJK: '762',
  UZB: '860',
  CHN: '156',
  GEO: '268',
  AZE: '031',
  UKR: '804',
  TUR: '792',
  IRN: '364',
  AFG: '004',
  TKM: '795',
  MNG: '496',
  POL: '616',
  LTU: '440',
  LVA: '428',
  FIN: '246',
  EST: '233',
};

export interface MapCountry {
  readonly iso3: string;
  readonly name: string;
  readonly feature: Feature<Geometry>;
}

/** The region's countries as GeoJSON, from Natural Earth (1:110m) via world-atlas. */
export function regionCountries(): MapCountry[] {
  const topo = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topo, topo.objects.countries);
  const byNumeric = new Map(Object.entries(NUMERIC).map(([a3, n]) => [n, a3]));
  return all.features.flatMap((f) => {
    const iso3 = byNumeric.get(String(f.id));
    return iso3
      ? [{ iso3, name: f.properties?.name ?? iso3, feature: f as Feature<Geometry> }]
      : [];
  });
}

/** The map code of each player (outside actors without one are simply not drawn). */
export function mapCodes(config: GameConfig): Record<string, string> {
  return Object.fromEntries(
    scenarioFor(config).file.players.flatMap((p) => (p.iso3 ? [[p.id, p.iso3]] : [])),
  );
}

export const SCENARIO_DOCS: Record<string, unknown> = {
  'moscow-2008': moscow,
  'sco-dushanbe-2008': sco,
  'abkhazia-membership': abkhazia,
};

const compiled = new Map<string, CompiledScenario>();

export function scenarioById(id: string): CompiledScenario {
  let s = compiled.get(id);
  if (!s) {
    const parsed = parseScenario(SCENARIO_DOCS[id]);
    if (!parsed.ok) throw new Error(`bundled scenario ${id} does not parse`);
    s = parsed.value;
    compiled.set(id, s);
  }
  return s;
}

// Edited models are parsed once per document (by identity, or by text once restored).
const compiledModels = new Map<string, CompiledScenario>();

/** The scenario a game is played on: its own edited model, or a bundled one. Throws on a bad model. */
export function scenarioFor(config: Pick<GameConfig, 'scenarioId' | 'model'>): CompiledScenario {
  if (config.model === undefined) return scenarioById(config.scenarioId);
  const key = JSON.stringify(config.model);
  let s = compiledModels.get(key);
  if (!s) {
    const parsed = parseScenario(config.model);
    if (!parsed.ok)
      throw new Error(
        `the game's model does not parse: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
      );
    s = parsed.value;
    compiledModels.set(key, s);
  }
  return s;
}

export interface GameConfig {
  readonly scenarioId: string;
  /** A model edited in the Model tab (a scenario document), played instead of the bundled one. */
  readonly model?: unknown;
  readonly role: string;
  readonly seed: number;
  readonly history: boolean;
  readonly strategy: StrategyName;
}

export interface GameFrame {
  readonly setup: SummitSetup;
  readonly played: PlayedGame;
  readonly menu: MenuItem[];
  /** What the person's role may see. */
  readonly view: AgentView;
  readonly log: ReturnType<typeof visibleLog>;
  readonly payoffs: Record<string, number> | null;
  /** The model's predictions, once the game is over (for the debrief). */
  readonly prediction: Prediction | null;
  /** The scenario's document, for solving it in the worker. */
  readonly doc: unknown;
  /** The leader's planned text and believed prices (what the AI leader would do). */
  readonly plannedText: readonly string[];
  readonly believedPrice: Readonly<Record<string, number>>;
}

/** Play the game from the start through the person's moves so far (games are small). */
export function frameOf(config: GameConfig, moves: readonly HumanMove[]): GameFrame {
  const scenario = scenarioFor(config);
  const setup = createSetup(scenario, { seed: config.seed, history: config.history });
  const agents = Object.fromEntries(
    setup.players
      .filter((p) => p !== config.role)
      .map((p) => [p, agentFor(setup, p, config.strategy)]),
  );
  const played = playGame(setup, agents, { humans: new Set([config.role]), humanMoves: moves });
  return {
    setup,
    played,
    menu: played.waitingFor ? moveMenu(setup, played.state, config.role) : [],
    view: viewFor(setup, played.state, config.role),
    log: visibleLog(played.state, config.role),
    payoffs: played.waitingFor ? null : finalPayoffs(setup, played.state),
    prediction: played.waitingFor ? null : predictionFor(scenario),
    doc: config.model ?? SCENARIO_DOCS[config.scenarioId],
    ...(() => {
      const plan = leaderPlan(viewFor(setup, played.state, setup.leader));
      return { plannedText: plan.text, believedPrice: plan.price };
    })(),
  };
}

/** A saved game plus the person's passes, which the event log alone does not hold. */
export interface StoredGame {
  readonly config: GameConfig;
  readonly moves: HumanMove[];
  readonly saved: SavedGame;
}

export function storeGame(
  config: GameConfig,
  moves: readonly HumanMove[],
  frame: GameFrame,
): StoredGame {
  const scenario = scenarioFor(config);
  const players = Object.fromEntries(
    frame.setup.players.map((p) => [p, p === config.role ? 'human' : config.strategy]),
  );
  return {
    config,
    moves: [...moves],
    saved: saveGame(
      scenario,
      frame.setup,
      { history: config.history, west: false },
      players,
      frame.played.events,
    ),
  };
}

/** Check a stored game (from the browser's storage or an imported file); never throws. */
export function restoreGame(
  doc: unknown,
): { ok: true; value: StoredGame } | { ok: false; message: string } {
  try {
    const g = doc as StoredGame;
    if (!g || typeof g !== 'object' || !g.config || !Array.isArray(g.moves))
      return { ok: false, message: 'this is not a Summit Lab game file' };
    const saved = parseSavedGame(g.saved);
    if (!saved.ok) return { ok: false, message: saved.errors.join('; ') };
    if (g.config.model === undefined && !(g.config.scenarioId in SCENARIO_DOCS))
      return { ok: false, message: `unknown scenario "${g.config.scenarioId}"` };
    const replay = replayGame(scenarioFor(g.config), saved.value);
    if (!replay.ok) return { ok: false, message: replay.errors.join('; ') };
    // The person's moves must reproduce the saved log exactly.
    const frame = frameOf(g.config, g.moves);
    if (JSON.stringify(frame.played.events) !== JSON.stringify(saved.value.events)) {
      return { ok: false, message: 'the saved moves do not reproduce the saved game' };
    }
    return { ok: true, value: g };
  } catch (e) {
    return { ok: false, message: `the saved game cannot be read: ${(e as Error).message}` };
  }
}

/** What the model predicts at the calibrated values, for the debrief. */
export interface Prediction {
  readonly text: string[];
  readonly payments: Record<string, number>;
  readonly cost: number;
  readonly shapley: Record<string, number>;
}

export function predictionFor(scenario: CompiledScenario): Prediction | null {
  const prep = prepareScenario(scenario);
  if (!prep.ok) return null;
  const { model, instruments, numbers, game } = prep.value;
  const best = leaderOptimum(model, instruments, numbers.leaderBudget);
  const phi = shapleyValue(game);
  return {
    text: best ? textClauses(model, best.text) : [],
    payments: Object.fromEntries(model.players.map((p, i) => [p, best?.payments[i] ?? 0])),
    cost: best?.mix.cost ?? 0,
    shapley: Object.fromEntries(model.players.map((p, i) => [p, phi[i] ?? 0])),
  };
}

/** Why a move would be refused now, or undefined if it is legal. */
export function whyIllegal(frame: GameFrame, event: ReasonedEvent): string | undefined {
  return validateMove(frame.setup, frame.played.state, event);
}

/** A stored game replayed into its sequence of states, for the Replay view. */
export function replayStored(
  stored: StoredGame,
): { setup: SummitSetup; states: SummitState[] } | null {
  const r = replayGame(scenarioFor(stored.config), stored.saved);
  return r.ok ? r.value : null;
}

export { visibleLog };
export type { HumanMove, MenuItem, SummitSetup, AgentView, ReasonedEvent, SummitState };
