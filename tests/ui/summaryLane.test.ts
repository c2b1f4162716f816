/** The Model tab's live-summary lane (ui/lib/solver.ts): edits coalesce, none is lost last. */
import { describe, expect, test } from 'vitest';
import { summaryLane } from '../../ui/lib/solver';
import type { SummaryResult } from '../../ui/lib/liveSummary';

/** A fake worker: each document's summary resolves when the test says. */
function fakeSolver() {
  const calls: { doc: unknown; finish: (r: SummaryResult) => void; fail: (e: Error) => void }[] =
    [];
  const solve = (doc: unknown) =>
    new Promise<SummaryResult>((finish, fail) => calls.push({ doc, finish, fail }));
  return { calls, solve };
}
const said = (text: string): SummaryResult => ({ error: text });
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the live-summary lane', () => {
  test('while one summary runs, only the newest edit waits; the ones between are dropped', async () => {
    const { calls, solve } = fakeSolver();
    const summarise = summaryLane(solve);
    const first = summarise('v1');
    const second = summarise('v2');
    const third = summarise('v3');
    expect(calls.map((c) => c.doc)).toEqual(['v1']);
    expect(await second).toBeNull();
    calls[0]?.finish(said('one'));
    expect(await first).toEqual(said('one'));
    await tick();
    // The newest edit runs next, and its summary is the one shown.
    expect(calls.map((c) => c.doc)).toEqual(['v1', 'v3']);
    calls[1]?.finish(said('three'));
    expect(await third).toEqual(said('three'));
  });

  test('a failed summary becomes its error, and the lane keeps going', async () => {
    const { calls, solve } = fakeSolver();
    const summarise = summaryLane(solve);
    const broken = summarise('bad');
    const next = summarise('good');
    calls[0]?.fail(new Error('the worker crashed'));
    expect(await broken).toEqual({ error: 'the worker crashed' });
    await tick();
    calls[1]?.finish(said('fine'));
    expect(await next).toEqual(said('fine'));
  });
});
