/**
 * Members' private costs: each `privateInfo` entry of a scenario draws its parameter
 * around the file's value from a seeded distribution (the member knows the draw; the
 * leader knows only the distribution, whose mean is the file's value). History mode
 * fixes every draw at the calibrated value — the leader still knows only the distribution.
 */
import type { Rng } from '../shared/rng';
import type { CompiledScenario } from '../scenario/scenario';

/** Standard normal by Box–Muller. */
function normal(rng: Rng): number {
  const u = 1 - rng.next(); // in (0, 1]: the logarithm stays finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

/** A symmetric draw on [−1, 1] (uniform or triangular) or a standard normal. */
function unitDraw(kind: 'uniform' | 'triangular' | 'normal', rng: Rng): number {
  if (kind === 'uniform') return 2 * rng.next() - 1;
  if (kind === 'triangular') return rng.next() + rng.next() - 1;
  return normal(rng);
}

/** How far the leader believes a draw can reach, in spreads: a normal is cut at 2σ (95%). */
const REACH = { uniform: 1, triangular: 1, normal: 2 } as const;

type Info = CompiledScenario['file']['privateInfo'][number];

/** Private parameters moved by `unit` spreads from the file's value, clamped to their range. */
function shifted(scenario: CompiledScenario, unit: (info: Info) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const info of scenario.file.privateInfo) {
    const p = scenario.file.parameters[info.parameter];
    if (!p || typeof p.value !== 'number') continue;
    let x = p.value * (1 + info.spread * unit(info));
    if (p.range) x = Math.min(p.range[1], Math.max(p.range[0], x));
    out.set(info.parameter, x);
  }
  return out;
}

/** Every private parameter at one end of the leader's belief: side −1 low, +1 high. */
export function supportEnd(scenario: CompiledScenario, side: -1 | 1): Map<string, number> {
  return shifted(scenario, (info) => side * REACH[info.distribution]);
}

/** Parameter overrides for one game's private values; empty in history mode. */
export function drawPrivateValues(
  scenario: CompiledScenario,
  rng: Rng,
  history: boolean,
): Map<string, number> {
  return history
    ? new Map<string, number>()
    : shifted(scenario, (info) => unitDraw(info.distribution, rng));
}
