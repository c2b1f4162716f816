/**
 * The models games are played on: the bundled scenario documents, and each game's model
 * (bundled by id, or the edited model a game carries) built once per document and kept, since
 * a game replays from the start on every move. A game's settings (GameConfig) name it.
 */
import moscow from '../../models/moscow-2008.json';
import sco from '../../models/sco-dushanbe-2008.json';
import abkhazia from '../../models/abkhazia-membership.json';
import {
  parseScenario,
  buildScenarioModel,
  type CompiledScenario,
  type ScenarioModel,
  type StrategyName,
} from '../../engine/index';

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

/** The model built from a scenario document; a bad document or model throws. */
function buildModel(doc: unknown, what: string): ScenarioModel {
  const parsed = parseScenario(doc);
  if (!parsed.ok)
    throw new Error(
      `${what} does not parse: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    );
  const built = buildScenarioModel(parsed.value);
  if (!built.ok)
    throw new Error(
      `${what} does not evaluate: ${built.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    );
  return built.value;
}

// Models are built once per document (bundled ones by id, edited ones by their text): a
// game replays from the start on every move, and the model is the same immutable value.
const models = new Map<string, ScenarioModel>();

/** The model a game is played on: its own edited model, or a bundled one. Throws on a bad model. */
export function modelFor(config: Pick<GameConfig, 'scenarioId' | 'model'>): ScenarioModel {
  const key =
    config.model === undefined ? `bundled:${config.scenarioId}` : JSON.stringify(config.model);
  let m = models.get(key);
  if (!m) {
    m =
      config.model === undefined
        ? buildModel(SCENARIO_DOCS[config.scenarioId], `bundled scenario ${config.scenarioId}`)
        : buildModel(config.model, "the game's model");
    models.set(key, m);
  }
  return m;
}

export function scenarioById(id: string): CompiledScenario {
  return modelFor({ scenarioId: id }).scenario;
}

/** The scenario a game is played on. Throws on a bad model. */
export function scenarioFor(config: Pick<GameConfig, 'scenarioId' | 'model'>): CompiledScenario {
  return modelFor(config).scenario;
}

export interface GameConfig {
  readonly scenarioId: string;
  /** A model edited in the Model tab (a scenario document), played instead of the bundled one. */
  readonly model?: unknown;
  readonly role: string;
  readonly seed: number;
  readonly history: boolean;
  readonly strategy: StrategyName;
  /** Set only for games saved with the old random seeding (saved-game version 1). */
  readonly rngVersion?: 1;
  /** In a series: this game's number (2 onwards) and the credibility the last one left. */
  readonly series?: number;
  readonly credibility?: number;
}
