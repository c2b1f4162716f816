import { describe, expect, test } from 'vitest';
import { jsonDiff } from '../../engine/shared/jsonDiff';

describe('jsonDiff', () => {
  test('equal documents have no changes', () => {
    const doc = { a: [1, 2], b: { c: 'x' }, d: [{ id: 'p', v: 1 }] };
    expect(jsonDiff(doc, structuredClone(doc))).toEqual([]);
  });

  test('leaf changes, additions and removals with their paths', () => {
    expect(jsonDiff({ a: 1, b: { c: 2 }, gone: true }, { a: 1, b: { c: 3 }, added: 'y' })).toEqual([
      { path: '/b/c', before: 2, after: 3 },
      { path: '/gone', before: true, after: undefined },
      { path: '/added', before: undefined, after: 'y' },
    ]);
  });

  test('objects with ids are matched by id: removing one is one change', () => {
    const before = { xs: [{ id: 'a' }, { id: 'b', v: 1 }, { id: 'c' }] };
    const after = { xs: [{ id: 'a' }, { id: 'c' }, { id: 'd' }] };
    expect(jsonDiff(before, after)).toEqual([
      { path: '/xs/[b]', before: { id: 'b', v: 1 }, after: undefined },
      { path: '/xs/[d]', before: undefined, after: { id: 'd' } },
    ]);
  });

  test('arrays of plain values change as a whole', () => {
    expect(jsonDiff({ r: [0, 1] }, { r: [0, 2] })).toEqual([
      { path: '/r', before: [0, 1], after: [0, 2] },
    ]);
  });
});
