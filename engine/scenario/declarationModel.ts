/**
 * The declaration model of DESIGN.md ("The model"), as numbers ready to solve.
 * Texts are bitmasks over the clause menu (clause c is bit c); coalitions are bitmasks
 * over the game's players (leader and members, file order).
 *   u_R(T, S) = L(S)·Σ_{c∈T} w_c + (1 − L(S))·d_R
 *   u_i(T)    = Σ_{c∈T} value_i(c)      for a member i that signs
 *   L(S) = 1 if S meets the decision rule, else jointStatementFactor·(|S| − 1)/(n − 1)
 */
import { popcount } from '../shared/bits';
import type { ScenarioNumbers } from './evaluate';
import type { CompiledScenario } from './scenario';

export type EvaluatedRule =
  | { kind: 'consensus' }
  | { kind: 'quota'; k: number }
  | { kind: 'weighted'; weights: number[]; quota: number };

export interface DeclarationModel {
  readonly players: readonly string[];
  readonly n: number;
  readonly leader: number;
  readonly clauseIds: readonly string[];
  /** clauseValue[c][p]. */
  readonly clauseValue: readonly (readonly number[])[];
  readonly disagreement: readonly number[];
  readonly jointStatementFactor: number;
  readonly rule: EvaluatedRule;
}

export function declarationModel(
  scenario: CompiledScenario,
  numbers: ScenarioNumbers,
): DeclarationModel {
  const n = scenario.players.length;
  const r = scenario.file.decisionRule;
  const rule: EvaluatedRule =
    r.kind === 'consensus'
      ? { kind: 'consensus' }
      : r.kind === 'majority'
        ? { kind: 'quota', k: Math.ceil((n + 1) / 2) }
        : r.kind === 'quota'
          ? { kind: 'quota', k: r.k }
          : {
              kind: 'weighted',
              weights: scenario.players.map((p) => p.weight ?? 0),
              quota: r.quota,
            };
  return {
    players: scenario.players.map((p) => p.id),
    n,
    leader: scenario.leader,
    clauseIds: scenario.file.clauses.map((c) => c.id),
    clauseValue: numbers.clauseValue,
    disagreement: numbers.disagreement,
    jointStatementFactor: numbers.jointStatementFactor,
    rule,
  };
}

/** Whether signatories S (leader included) make the text a declaration of the body. */
/** What the rule needs of a model: its size, the leader's index and the rule. */
export type RuleShape = Pick<DeclarationModel, 'n' | 'leader' | 'rule' | 'jointStatementFactor'>;

export function meetsRule(model: RuleShape, s: number): boolean {
  if (!((s >>> model.leader) & 1)) return false;
  const rule = model.rule;
  if (rule.kind === 'consensus') return popcount(s) === model.n;
  if (rule.kind === 'quota') return popcount(s) >= rule.k;
  let w = 0;
  for (let i = 0; i < model.n; i++) if ((s >>> i) & 1) w += rule.weights[i] as number;
  return w >= rule.quota;
}

/** The rule in words: "all 7 must sign", "4 of 7 must sign", "votes worth 10 of 18 must sign". */
export function ruleWords(model: RuleShape): string {
  const rule = model.rule;
  if (rule.kind === 'consensus') return `all ${model.n} must sign`;
  if (rule.kind === 'quota') return `${rule.k} of ${model.n} must sign`;
  const total = rule.weights.reduce((s, w) => s + w, 0);
  return `votes worth ${rule.quota} of ${total} must sign`;
}

/** L(S): 1 for a declaration, a weaker joint statement's legitimacy otherwise. */
export function legitimacy(model: RuleShape, s: number): number {
  if (meetsRule(model, s)) return 1;
  // The ratio first: (|S| − 1)/(n − 1) ≤ 1 exactly, so L never exceeds the factor by an ulp.
  return model.n <= 1 ? 0 : model.jointStatementFactor * ((popcount(s) - 1) / (model.n - 1));
}

/** Σ_{c∈T} value_p(c). */
export function textValue(model: DeclarationModel, p: number, text: number): number {
  let u = 0;
  for (let c = 0; c < model.clauseIds.length; c++)
    if ((text >>> c) & 1) u += (model.clauseValue[c] as number[])[p] as number;
  return u;
}

export function leaderUtility(model: DeclarationModel, text: number, s: number): number {
  const l = legitimacy(model, s);
  return (
    l * textValue(model, model.leader, text) +
    (1 - l) * (model.disagreement[model.leader] as number)
  );
}

export function memberUtility(model: DeclarationModel, i: number, text: number): number {
  return textValue(model, i, text);
}

/** A member's reservation price for signing text T: max(0, d_i − u_i(T)). */
export function reservationPrice(model: DeclarationModel, i: number, text: number): number {
  return Math.max(0, (model.disagreement[i] as number) - memberUtility(model, i, text));
}

/** Clause ids of a text, in menu order. */
export function textClauses(model: DeclarationModel, text: number): string[] {
  return model.clauseIds.filter((_, c) => (text >>> c) & 1);
}

/** The text made of the given clause ids. */
export function textOf(model: DeclarationModel, ids: readonly string[]): number {
  let t = 0;
  ids.forEach((id) => {
    const c = model.clauseIds.indexOf(id);
    if (c < 0) throw new RangeError(`unknown clause ${id}`);
    t |= 1 << c;
  });
  return t;
}
