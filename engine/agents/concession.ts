/**
 * Time-dependent concession tactics (Faratin, Sierra & Jennings 1998): at time t of a
 * deadline T an agent concedes the share α(t) = (t/T)^(1/β) of the way from its initial
 * to its reservation value. β < 1 is Boulware (holds out, concedes at the end), β = 1
 * linear, β > 1 conceder (gives ground early).
 */

export const BETA = { boulware: 0.2, linear: 1, conceder: 5 } as const;
export type ConcessionTactic = keyof typeof BETA;

export function concession(t: number, deadline: number, beta: number): number {
  if (deadline <= 0) return 1;
  const x = Math.min(1, Math.max(0, t / deadline));
  return x ** (1 / beta);
}
