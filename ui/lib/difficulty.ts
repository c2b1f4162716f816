/**
 * Difficulty levels as named opponent profiles (issue 13): each sets the strategy every
 * other role plays and whether members' private costs are the calibrated ones (history
 * mode) or drawn from the seed, so that the leader's beliefs may be wrong. "Custom" leaves
 * both to the player.
 */
import type { StrategyName } from '../../engine/index';

export interface Difficulty {
  readonly id: 'gentle' | 'standard' | 'hard';
  readonly label: string;
  /** What the opponents do, in a sentence for the start screen. */
  readonly about: string;
  readonly strategy: StrategyName;
  readonly history: boolean;
}

export const DIFFICULTIES: readonly Difficulty[] = [
  {
    id: 'gentle',
    label: 'Gentle',
    about: 'opponents concede early (conceder tactics); members’ costs are the calibrated ones',
    strategy: 'conceder',
    history: true,
  },
  {
    id: 'standard',
    label: 'Standard',
    about:
      'opponents bargain rationally: Russia screens with rising offers, members take what covers their price; members’ costs are drawn from the seed around the calibrated values, so Russia knows them only as a range',
    strategy: 'rational',
    history: false,
  },
  {
    id: 'hard',
    label: 'Hard',
    about:
      'opponents hold out until the summit nears (Boulware tactics), and members’ costs are drawn from the seed',
    strategy: 'boulware',
    history: false,
  },
];

/** The profile a strategy and history setting match, or undefined (a custom game). */
export function difficultyOf(strategy: StrategyName, history: boolean): Difficulty | undefined {
  return DIFFICULTIES.find((d) => d.strategy === strategy && d.history === history);
}

/** The level a game was played at, named: a profile, or the custom settings it used. */
export function levelOf(strategy: StrategyName, history: boolean): { id: string; label: string } {
  const d = difficultyOf(strategy, history);
  if (d) return { id: d.id, label: d.label };
  return {
    id: `custom:${strategy}${history ? '+history' : ''}`,
    label: `Custom (${strategy}${history ? ', history mode' : ''})`,
  };
}
