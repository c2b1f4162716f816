/**
 * The model being edited, shared by the Model and Analysis views. Every edit makes a new
 * document (draft) that goes through the CLI's parser; when it parses it becomes the
 * valid model the analyses use, and when it does not, the problems are listed with their
 * JSON paths and the last valid model stays in use. Both are kept in localStorage, so a
 * reload loses no work.
 */
import type * as ModelEngine from './modelEngine';
import type { CompiledScenario, ScenarioFile, ScenarioProblem } from './modelEngine';

type Engine = typeof ModelEngine;
const STORAGE_KEY = 'summit-lab:model';
/** The model that a load replaced, kept one click away ("Back to the model you had"). */
const PREVIOUS_KEY = 'summit-lab:model:previous';

interface Stored {
  baseId: string;
  draft: unknown;
  /** The last valid model, when the draft is not (older saves lack it). */
  valid?: unknown;
}

/** Whether a stored draft has the shape the editor renders (its fields may still be wrong). */
function looksLikeModel(x: unknown): boolean {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Record<string, unknown>;
  const isObj = (y: unknown) => typeof y === 'object' && y !== null && !Array.isArray(y);
  return (
    Array.isArray(d.players) &&
    Array.isArray(d.clauses) &&
    Array.isArray(d.instruments) &&
    isObj(d.parameters) &&
    isObj(d.disagreement) &&
    isObj(d.decisionRule)
  );
}

export class ModelStore {
  engine = $state.raw<Engine | null>(null);
  /** The bundled model the edits start from (what "Reset model" returns to). */
  baseId = $state('moscow-2008');
  /** What the editor shows, valid or not. */
  draft = $state.raw<ScenarioFile | null>(null);
  /** The last draft that parsed, and its compiled form. */
  valid = $state.raw<ScenarioFile | null>(null);
  compiled = $state.raw<CompiledScenario | null>(null);
  problems = $state.raw<ScenarioProblem[]>([]);
  /** A message about loading (a bad file or link), shown until the next load. */
  notice = $state<string | null>(null);
  /** The model a file or a link replaced, until it is restored or another load happens. */
  previous = $state.raw<{ baseId: string; draft: ScenarioFile } | null>(null);
  #loading: Promise<Engine> | undefined;

  /** Load the model engine once, restoring the last session's model. */
  ready(): Promise<Engine> {
    this.#loading ??= import('./modelEngine').then((engine) => {
      this.engine = engine;
      const restored = this.#restore(engine);
      if (!restored) this.choose('moscow-2008');
      return engine;
    });
    return this.#loading;
  }

  #restore(engine: Engine): boolean {
    let stored: Stored;
    try {
      stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Stored;
    } catch {
      return false;
    }
    try {
      const previous = JSON.parse(localStorage.getItem(PREVIOUS_KEY) ?? 'null') as {
        baseId: string;
        draft: unknown;
      } | null;
      if (previous && previous.baseId in engine.BASE_MODELS && looksLikeModel(previous.draft))
        this.previous = previous as { baseId: string; draft: ScenarioFile };
    } catch {
      // An unreadable backup is no model to go back to.
    }
    if (!stored || !(stored.baseId in engine.BASE_MODELS) || !looksLikeModel(stored.draft))
      return false;
    this.baseId = stored.baseId;
    // An invalid draft is restored too (it is work in progress), over the last valid model.
    this.#set(engine.BASE_MODELS[stored.baseId] as ScenarioFile);
    if (stored.valid !== undefined && looksLikeModel(stored.valid))
      this.#set(stored.valid as ScenarioFile);
    this.#set(stored.draft as ScenarioFile);
    return true;
  }

  /** Parse a new draft; keep it as the valid model if it parses. */
  #set(next: ScenarioFile): void {
    const engine = this.engine;
    if (!engine) return;
    this.draft = next;
    const checked = engine.checkModel(next);
    if (checked.ok) {
      this.valid = next;
      this.compiled = checked.scenario;
      this.problems = [];
    } else this.problems = checked.problems;
  }

  apply(next: ScenarioFile): void {
    this.#set(next);
    try {
      const stored: Stored = {
        baseId: this.baseId,
        draft: next,
        ...(this.valid !== next ? { valid: this.valid } : {}),
      };
      localStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
    } catch {
      // Storage full or blocked: the model still works, it just will not survive a reload.
    }
  }

  /** Apply one of the engine's edits (engine/scenario/edits.ts) to the draft. */
  change(edit: (edits: Engine['edits'], draft: ScenarioFile) => ScenarioFile): void {
    if (this.engine && this.draft) this.apply(edit(this.engine.edits, this.draft));
  }

  /** Set one field (path as JSON keys) of the draft. */
  edit(path: readonly (string | number)[], value: unknown): void {
    if (this.engine && this.draft) this.apply(this.engine.edits.setAt(this.draft, path, value));
  }

  /** Start from a bundled model, dropping the edits. */
  choose(baseId: string): void {
    const engine = this.engine;
    if (!engine || !(baseId in engine.BASE_MODELS)) return;
    this.baseId = baseId;
    this.notice = null;
    this.apply(structuredClone(engine.BASE_MODELS[baseId] as ScenarioFile));
  }

  reset(): void {
    this.choose(this.baseId);
  }

  /**
   * Load a model from a file or a link. One that does not parse is not loaded: the current
   * model stays and the notice says what is wrong, path by path.
   */
  load(doc: unknown, what: string): boolean {
    const engine = this.engine;
    if (!engine) return false;
    const checked = engine.checkModel(doc);
    if (!checked.ok) {
      const list = checked.problems
        .slice(0, 5)
        .map((p) => `${p.path || '/'}: ${p.message}`)
        .join('; ');
      const more = checked.problems.length > 5 ? ` (and ${checked.problems.length - 5} more)` : '';
      this.notice = `${what} was not loaded — ${list}${more}. The model you had is unchanged.`;
      return false;
    }
    const file = doc as ScenarioFile;
    // The model being replaced stays one click away, also after a reload.
    if (this.draft && JSON.stringify(this.draft) !== JSON.stringify(file))
      this.#keepPrevious({ baseId: this.baseId, draft: this.draft });
    // Differences are shown against the bundled model with the same id, if there is one.
    this.baseId = file.id in engine.BASE_MODELS ? file.id : this.baseId;
    this.apply(file);
    this.notice = `${what} loaded: ${file.title}.`;
    return true;
  }

  /** Go back to the model the last load replaced. */
  restorePrevious(): void {
    const previous = this.previous;
    if (!previous) return;
    this.baseId = previous.baseId;
    this.apply(previous.draft);
    this.#keepPrevious(null);
    this.notice = `Back to the model you had: ${previous.draft.title ?? previous.draft.id}.`;
  }

  #keepPrevious(previous: { baseId: string; draft: ScenarioFile } | null): void {
    this.previous = previous;
    try {
      if (previous) localStorage.setItem(PREVIOUS_KEY, JSON.stringify(previous));
      else localStorage.removeItem(PREVIOUS_KEY);
    } catch {
      // Storage full or blocked: the previous model stays until this page closes.
    }
  }

  /** The problems at a JSON pointer (or inside it, unless exact), as one message. */
  problemAt(pointer: string, exact = false): string | undefined {
    const hits = this.problems.filter(
      (p) => p.path === pointer || (!exact && p.path.startsWith(pointer + '/')),
    );
    return hits.length ? hits.map((p) => p.message).join('; ') : undefined;
  }

  /** The edited model, if it differs from the bundled one it started from (else null). */
  get edited(): ScenarioFile | null {
    const { engine: m, valid, base } = this;
    return m && valid && base && m.jsonDiff(base, valid).length > 0 ? valid : null;
  }

  /** The bundled model the draft is compared with. */
  get base(): ScenarioFile | null {
    return this.engine?.BASE_MODELS[this.baseId] ?? null;
  }
}

export const modelStore = new ModelStore();
