/**
 * Rubinstein alternating offers over a pie of size 1 with discount factors δ1, δ2.
 * Infinite horizon: the first mover gets (1 − δ_other)/(1 − δ1·δ2) in the unique
 * subgame-perfect equilibrium (Rubinstein 1982, Econometrica 50). Finite horizon of k
 * rounds (Ståhl 1972): the last proposer takes all, and by backward induction each
 * proposer offers the responder exactly its discounted value of proposing next round.
 * @example rubinsteinShares([0.9, 0.9], 0) // → [10/19, 9/19]
 */

export function rubinsteinShares(
  discount: readonly [number, number],
  firstMover: 0 | 1,
  rounds?: number,
): [number, number] {
  const [d1, d2] = discount;
  const dOf = (p: 0 | 1) => (p === 0 ? d1 : d2);
  const other = (p: 0 | 1): 0 | 1 => (p === 0 ? 1 : 0);
  let proposerShare: number;
  if (rounds === undefined) {
    const denom = 1 - d1 * d2;
    // δ1 = δ2 = 1 has no unique equilibrium; the limit of Ståhl with even k is used nowhere,
    // so callers validate discounts < 1 (bargainFile does).
    proposerShare = (1 - dOf(other(firstMover))) / denom;
  } else {
    // Round k's proposer takes all; V_r = 1 − δ_responder(r) · V_{r+1}.
    proposerShare = 1;
    for (let r = rounds - 1; r >= 1; r--) {
      const proposer: 0 | 1 = (r - 1) % 2 === 0 ? firstMover : other(firstMover);
      proposerShare = 1 - dOf(other(proposer)) * proposerShare;
    }
  }
  const shares: [number, number] = [0, 0];
  shares[firstMover] = proposerShare;
  shares[other(firstMover)] = 1 - proposerShare;
  return shares;
}

/** The first mover's share round by round as the deadline approaches (k = 1..maxRounds). */
export function stahlPath(
  discount: readonly [number, number],
  firstMover: 0 | 1,
  maxRounds: number,
): number[] {
  return Array.from(
    { length: maxRounds },
    (_, i) => rubinsteinShares(discount, firstMover, i + 1)[firstMover],
  );
}
