/**
 * Property tests draw their random inputs from one fixed seed in `npm test`, so a run is
 * reproducible and CI never turns red on an input no change of ours produced. To explore
 * new inputs, run with FC_SEED=random (or a number); a failure prints its seed and the
 * shrunk counterexample, which becomes a fixed test case.
 */
import fc from 'fast-check';

const raw = process.env.FC_SEED ?? '20261202';
if (raw !== 'random') {
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED=${raw}: expected an integer or "random"`);
  fc.configureGlobal({ seed });
}
