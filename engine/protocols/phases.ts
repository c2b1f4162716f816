/**
 * The game's phases: a dated event of the scenario's calendar may move public parameters
 * from its day on (the 28 August SCO summit, say), so what the players feel and what the
 * leader believes and plans change on that day. The setup holds the first day's tables
 * and one phase per later event day (summitSetup.ts); this reads the one in force.
 */
import type { SetupPhase, SummitSetup } from './summitTypes';

/** The values, payoffs without a deal and leader's plan in force on a day. */
export function phaseOn(setup: SummitSetup, day: number): Omit<SetupPhase, 'fromDay'> {
  let phase: Omit<SetupPhase, 'fromDay'> = setup;
  for (const p of setup.phases) if (p.fromDay <= day) phase = p;
  return phase;
}
