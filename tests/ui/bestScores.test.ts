/** Best scores kept in the browser (ui/lib/bestScores.ts), on an in-memory store. */
import { describe, expect, test } from 'vitest';
import { BEST_SCORES_KEY, recordScore, type ScoreStore } from '../../ui/lib/bestScores';

function memoryStore(initial?: string): ScoreStore & { text: () => string | null } {
  let text: string | null = initial ?? null;
  return {
    getItem: () => text,
    setItem: (_, value) => {
      text = value;
    },
    text: () => text,
  };
}

const at = (score: number, seed: number) => ({ score, seed, when: '2026-12-02' });
const slot = (scenario: string, role: string, level = 'standard') => ({ scenario, role, level });

describe('best scores', () => {
  test('the first game sets the best; a worse one keeps it; a better one replaces it', () => {
    const store = memoryStore();
    expect(recordScore(store, slot('moscow-2008', 'BLR'), at(0.2, 1))).toEqual({
      best: at(0.2, 1),
      thisGame: true,
    });
    expect(recordScore(store, slot('moscow-2008', 'BLR'), at(0.1, 2))).toEqual({
      best: at(0.2, 1),
      thisGame: false,
    });
    expect(recordScore(store, slot('moscow-2008', 'BLR'), at(0.5, 3)).best).toEqual(at(0.5, 3));
    // Each role and scenario keeps its own.
    expect(recordScore(store, slot('moscow-2008', 'RUS'), at(-1, 4)).best).toEqual(at(-1, 4));
    // And each difficulty: a Gentle game's score does not stand against a Hard one's.
    expect(recordScore(store, slot('moscow-2008', 'BLR', 'hard'), at(0.05, 5)).best).toEqual(
      at(0.05, 5),
    );
    expect(Object.keys(JSON.parse(store.text() ?? '{}') as object).sort()).toEqual([
      'moscow-2008/BLR/hard',
      'moscow-2008/BLR/standard',
      'moscow-2008/RUS/standard',
    ]);
  });

  test('the same finished game shown again does not count twice', () => {
    const store = memoryStore();
    recordScore(store, slot('s', 'BLR'), at(0.3, 7));
    expect(recordScore(store, slot('s', 'BLR'), at(0.3, 7))).toEqual({
      best: at(0.3, 7),
      thisGame: true,
    });
  });

  test('corrupt or hostile storage is ignored, never thrown', () => {
    for (const text of [
      'not json',
      '[1,2]',
      '{"s/BLR/standard":{"score":"9","seed":1,"when":"x"}}',
      'null',
    ]) {
      const store = memoryStore(text);
      expect(recordScore(store, slot('s', 'BLR'), at(0.1, 1)).best).toEqual(at(0.1, 1));
    }
    const full: ScoreStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(recordScore(full, slot('s', 'BLR'), at(0.1, 1)).thisGame).toBe(true);
    expect(BEST_SCORES_KEY).toBe('summit-lab:best-scores');
  });
});
