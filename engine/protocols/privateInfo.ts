/**
 * Members' private costs: each `privateInfo` entry of a scenario draws its parameter
 * around the file's value from a seeded distribution (the member knows the draw; the
 * leader knows only the distribution, whose mean is the file's value). History mode
 * fixes every draw at the calibrated value.
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

/** Parameter overrides for one game's private values; empty in history mode. */
export function drawPrivateValues(
  scenario: CompiledScenario,
  rng: Rng,
  history: boolean,
): Map<string, number> {
  const out = new Map<string, number>();
  if (history) return out;
  for (const info of scenario.file.privateInfo) {
    const p = scenario.file.parameters[info.parameter];
    if (!p || typeof p.value !== 'number') continue;
    let x = p.value * (1 + info.spread * unitDraw(info.distribution, rng));
    if (p.range) x = Math.min(p.range[1], Math.max(p.range[0], x));
    out.set(info.parameter, x);
  }
  return out;
}
