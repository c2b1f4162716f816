/** The core's lesson in words (engine/scenario/coreLesson.ts), checked on both sides of the claim. */
import { describe, expect, test } from 'vitest';
import { coreLesson } from '../../engine/scenario/coreLesson';
import { nucleolus } from '../../engine/cooperative/nucleolus';
import { parseScenario } from '../../engine/scenario/parse';
import { buildScenarioModel } from '../../engine/scenario/scenarioModel';
import { prepared, scenarioDocument } from './loadScenario';

describe('what the core teaches', () => {
  test('where partial coalitions gain nothing, the core is the whole imputation set', async () => {
    // The Moscow players under consensus, but v(S) = Σ v({i}) for every S short of all:
    // every member a pure veto player, so the core is the imputation set.
    const prep = prepared('moscow-2008');
    const alone = (s: number) =>
      [0, 1, 2, 3, 4, 5, 6].reduce(
        (x, i) => x + ((s >>> i) & 1 ? (prep.game.v[1 << i] as number) : 0),
        0,
      );
    const v = prep.game.v.map((_, s) => (s === 127 ? alone(127) + 4.9 : alone(s)));
    const text = await coreLesson({ ...prep, game: { ...prep.game, v } }, null);
    expect(text).toMatch(/keeps 100% of each player's range/);
    expect(text).toMatch(/nearly the whole imputation set/);
  });

  test('consensus as calibrated: partial statements are worth something, and it says so', async () => {
    const text = await coreLesson(prepared('moscow-2008'), null);
    expect(text).toMatch(/less than the whole imputation set/);
    expect(text).not.toMatch(/nearly the whole/);
  });

  test('under a quota the leader is the only veto player and members are pushed down', async () => {
    const parsed = parseScenario({
      ...scenarioDocument('moscow-2008'),
      decisionRule: { kind: 'quota', k: 4 },
    });
    if (!parsed.ok) throw new Error('does not parse');
    const prep = buildScenarioModel(parsed.value);
    if (!prep.ok) throw new Error('does not build');
    const nuc = await nucleolus(prep.value.game);
    if (!nuc.ok) throw new Error(nuc.reason);
    const text = await coreLesson(prep.value, nuc.value);
    expect(text).toMatch(/RUS is the only veto player/);
    const gain = /on average (-?[\d.]+) bn above its own/.exec(text)?.[1];
    const members = [1, 2, 3, 4, 5, 6];
    const mean =
      members.reduce(
        (s, i) => s + (nuc.value[i] as number) - (prep.value.game.v[1 << i] as number),
        0,
      ) / 6;
    expect(Number(gain)).toBeCloseTo(mean, 2);
  });
});
