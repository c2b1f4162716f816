/**
 * The game's phases: a dated event of the scenario's calendar may move public parameters
 * from its day on (the 28 August SCO summit, say), so what the players feel and what the
 * leader believes and plans change on that day. The setup holds the first day's tables
 * and one phase per later event day (summitSetup.ts); this reads the one in force.
 */
import type { SetupPhase, SummitSetup } from './summitTypes';

/** The day the phase in force on `day` began: 0, or the day of the last event before it. */
export function phaseStart(setup: SummitSetup, day: number): number {
  return setup.phases.filter((p) => p.fromDay <= day).at(-1)?.fromDay ?? 0;
}

/** The values, payoffs without a deal and leader's plan in force on a day. */
export function phaseOn(setup: SummitSetup, day: number): Omit<SetupPhase, 'fromDay'> {
  let phase: Omit<SetupPhase, 'fromDay'> = setup;
  for (const p of setup.phases) if (p.fromDay <= day) phase = p;
  return phase;
}
