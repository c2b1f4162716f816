/** Benchmark helpers: the median of repeated runs after warm-up, and ratio printing. */

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Median wall time in ms of `fn` over `runs` runs, after `warmup` unmeasured runs. */
export async function timeMs(fn: () => unknown, runs: number, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function report(
  name: string,
  ms: number,
  baselineName: string,
  baselineMs: number,
  target?: number,
): boolean {
  const ratio = ms / baselineMs;
  const verdict =
    target === undefined
      ? ''
      : ratio <= target
        ? `  ok (target ≤ ${target}x)`
        : `  OVER target ${target}x`;
  console.log(
    `${name.padEnd(44)} ${ms.toFixed(2).padStart(10)} ms   ${ratio.toFixed(2).padStart(6)}x ${baselineName} (${baselineMs.toFixed(2)} ms)${verdict}`,
  );
  return target === undefined || ratio <= target;
}
