/**
 * The model store behind the Model and Analysis tabs: every edit goes through the parser,
 * an invalid draft keeps the last valid model, bad files are refused, edits persist, and a
 * share fragment carries the model exactly.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { ModelStore } from '../../ui/lib/modelStore.svelte';

beforeEach(() => localStorage.clear());

async function fresh() {
  const store = new ModelStore();
  const engine = await store.ready();
  return { store, engine };
}

describe('ModelStore', () => {
  test('starts from the Moscow 2008 model, valid', async () => {
    const { store } = await fresh();
    expect(store.baseId).toBe('moscow-2008');
    expect(store.valid).toBe(store.draft);
    expect(store.problems).toEqual([]);
  });

  test('an invalid formula is reported at its path and the last valid model stays', async () => {
    const { store } = await fresh();
    const valid = store.valid;
    store.edit(['clauses', 0, 'value', 'BLR'], '-(backlash_nato_warning * ');
    expect(store.valid).toBe(valid);
    expect(store.draft).not.toBe(valid);
    expect(store.problems.map((p) => p.path)).toEqual(['/clauses/0/value/BLR']);
    expect(store.problemAt('/clauses/0')).toMatch(/cannot parse/);
    expect(store.problemAt('/clauses/0', true)).toBeUndefined();
    store.edit(['clauses', 0, 'value', 'BLR'], '-(backlash_nato_warning * west_BLR)');
    expect(store.problems).toEqual([]);
    expect(store.valid).toBe(store.draft);
  });

  test('a value outside its range is an error, as on the CLI', async () => {
    const { store } = await fresh();
    store.edit(['parameters', 'leader_budget', 'value'], 99);
    expect(store.problemAt('/parameters/leader_budget')).toMatch(/outside its range/);
  });

  test('a bad document is refused with its problems; the model is unchanged', async () => {
    const { store } = await fresh();
    const before = store.draft;
    expect(store.load({ schemaVersion: 1, id: 'x' }, '"x.json"')).toBe(false);
    expect(store.notice).toMatch(/"x.json" was not loaded — .*\/players/);
    expect(store.draft).toBe(before);
  });

  test('edits persist: a new store restores the draft, even an invalid one', async () => {
    const { store } = await fresh();
    store.edit(['parameters', 'west_BLR', 'value'], 2.5);
    store.edit(['clauses', 1, 'value', 'KAZ'], 'nonsense +');
    const again = await fresh();
    expect(again.store.draft).toEqual(store.draft);
    expect(again.store.valid?.parameters.west_BLR?.value).toBe(2.5);
    expect(again.store.problems.map((p) => p.path)).toEqual(['/clauses/1/value/KAZ']);
  });

  test('corrupt stored data falls back to the bundled model', async () => {
    localStorage.setItem('summit-lab:model', '{"baseId":"moscow-2008","draft":{"players":7}}');
    const { store } = await fresh();
    expect(store.problems).toEqual([]);
    expect(store.draft?.id).toBe('moscow-2008');
  });

  test('a share fragment carries the model exactly; a damaged one says so', async () => {
    const { store, engine } = await fresh();
    store.change((edits, d) =>
      edits.setDecisionRule(edits.removeClause(d, 'recognition'), 'majority'),
    );
    const fragment = await engine.shareFragment(store.valid!);
    expect(fragment.startsWith('#model=v1.')).toBe(true);
    expect(fragment.length).toBeLessThan(JSON.stringify(store.valid).length / 2);
    expect(await engine.readShareFragment(fragment)).toEqual({ ok: true, doc: store.valid });
    expect(await engine.readShareFragment(fragment.slice(0, -40))).toEqual({
      ok: false,
      message: 'the link is cut short or damaged',
    });
    expect(await engine.readShareFragment('#model=AAAA')).toMatchObject({ ok: false });
    expect(await engine.readShareFragment('#other')).toBeNull();
  });

  test('reset returns to the bundled model', async () => {
    const { store, engine } = await fresh();
    store.edit(['parameters', 'west_BLR', 'value'], 2.5);
    expect(engine.jsonDiff(store.base, store.draft)).toHaveLength(1);
    store.reset();
    expect(engine.jsonDiff(store.base, store.draft)).toEqual([]);
  });
});
