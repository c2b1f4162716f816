import { describe, expect, test } from 'vitest';
import { DIFFICULTIES, difficultyOf, levelOf } from '../../ui/lib/difficulty';
import { STRATEGIES } from '../../engine/agents/agent';

describe('difficulty levels', () => {
  test('each names a different opponent profile, with real strategies', () => {
    const keys = DIFFICULTIES.map((d) => `${d.strategy} ${d.history}`);
    expect(new Set(keys).size).toBe(DIFFICULTIES.length);
    for (const d of DIFFICULTIES) expect(STRATEGIES).toContain(d.strategy);
    expect(DIFFICULTIES.map((d) => d.id)).toEqual(['gentle', 'standard', 'hard']);
    // By default private values are genuinely uncertain: Standard draws them.
    expect(DIFFICULTIES.find((d) => d.id === 'standard')?.history).toBe(false);
  });

  test('a strategy and history setting maps back to its profile, or to none', () => {
    for (const d of DIFFICULTIES) expect(difficultyOf(d.strategy, d.history)).toBe(d);
    expect(difficultyOf('tit-for-tat', true)).toBeUndefined();
    expect(difficultyOf('rational', true)).toBeUndefined();
  });

  test('every game has a level to keep its best score under: a profile or its custom settings', () => {
    expect(levelOf('boulware', false)).toEqual({ id: 'hard', label: 'Hard' });
    expect(levelOf('rational', true)).toEqual({
      id: 'custom:rational+history',
      label: 'Custom (rational, history mode)',
    });
    expect(levelOf('linear', false).id).toBe('custom:linear');
  });
});
