/**
 * One-at-a-time sensitivity analysis: move each parameter to the ends of its plausible
 * range (others at their file values) and record which findings — named yes/no
 * questions about the solved model — change their answer.
 * Ref: Saltelli et al. (2008), "Global Sensitivity Analysis: The Primer", ch. 1 (OAT).
 */
import { buildScenarioModel, type ScenarioModel } from './scenarioModel';
import type { CompiledScenario } from './scenario';

export type Finding = (prep: ScenarioModel) => boolean;

export interface Flip {
  readonly parameter: string;
  readonly end: 'min' | 'max';
  readonly value: number;
  /** Findings whose answer differs from the baseline's. */
  readonly changed: string[];
}

export interface SensitivityReport {
  readonly baseline: Record<string, boolean>;
  /** Only the parameter ends that change at least one finding. */
  readonly flips: Flip[];
}

export function sensitivity(
  scenario: CompiledScenario,
  findings: Record<string, Finding>,
): SensitivityReport {
  const answer = (overrides?: Map<string, number>) => {
    const prep = buildScenarioModel(scenario, overrides);
    if (!prep.ok) throw new Error(prep.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    return Object.fromEntries(Object.entries(findings).map(([name, f]) => [name, f(prep.value)]));
  };
  const baseline = answer();
  const flips: Flip[] = [];
  for (const [id, p] of Object.entries(scenario.file.parameters)) {
    if (!p.range) continue;
    for (const [end, value] of [
      ['min', p.range[0]],
      ['max', p.range[1]],
    ] as const) {
      const got = answer(new Map([[id, value]]));
      const changed = Object.keys(findings).filter((name) => got[name] !== baseline[name]);
      if (changed.length > 0) flips.push({ parameter: id, end, value, changed });
    }
  }
  return { baseline, flips };
}
