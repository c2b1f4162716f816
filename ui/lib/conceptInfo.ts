/** One-line explanations of each solution concept, with a reference, for the calculator and analysis views. */
import type { BARGAINING_CONCEPTS, ConceptName } from '../../engine/index';

export interface ConceptInfo {
  label: string;
  line: string;
  ref: string;
  /** The defining formula, in plain notation. */
  formula?: string;
}

export const CONCEPT_INFO: Record<ConceptName, ConceptInfo> = {
  shapley: {
    label: 'Shapley value',
    line: 'Average marginal contribution over all orders in which the players could join.',
    ref: 'Shapley (1953)',
    formula: 'φᵢ = Σ_{S ⊆ N∖i} |S|!(n−|S|−1)!/n! · [v(S∪i) − v(S)]',
  },
  banzhaf: {
    label: 'Banzhaf value',
    line: 'Average marginal contribution over all coalitions the player could join (all equally likely).',
    ref: 'Banzhaf (1965); Owen (1975)',
    formula: 'βᵢ = 2^−(n−1) · Σ_{S ⊆ N∖i} [v(S∪i) − v(S)]',
  },
  banzhafNormalized: {
    label: 'Banzhaf index (normalized)',
    line: 'The Banzhaf values rescaled to sum to 1: shares of swing power.',
    ref: 'Banzhaf (1965)',
    formula: 'βᵢ / Σⱼ βⱼ',
  },
  nucleolus: {
    label: 'Nucleolus',
    line: 'The imputation that makes the unhappiest coalitions as happy as possible, lexicographically.',
    ref: 'Schmeidler (1969)',
    formula:
      'lexicographically minimize the excesses e(S, x) = v(S) − x(S), largest first, over imputations',
  },
  prenucleolus: {
    label: 'Prenucleolus',
    line: 'The nucleolus without the requirement that each player gets at least its own worth.',
    ref: 'Schmeidler (1969); Sobolev (1975)',
    formula: 'the same over all efficient x (x(N) = v(N))',
  },
  tau: {
    label: 'τ-value',
    line: "The efficient compromise between each player's minimal right and its marginal contribution to all.",
    ref: 'Tijs (1981)',
  },
  gately: {
    label: 'Gately point',
    line: "Equalizes every player's propensity to disrupt: what the others lose over what it loses by leaving. Where every player's minimal right is its stand-alone worth, both it and τ give each player v({i}) plus the same share of its marginal contribution above that, so the two coincide.",
    ref: 'Gately (1974); Littlechild & Vaidya (1976)',
  },
  core: {
    label: 'Core',
    line: 'Allocations that no coalition can improve on by itself; it may be empty.',
    ref: 'Gillies (1959)',
    formula: '{ x : x(N) = v(N), x(S) ≥ v(S) for every S }',
  },
  leastCore: {
    label: 'Least core',
    line: 'The efficient allocations at the smallest ε such that no coalition S can gain more than ε over x(S). It is a set; the nucleolus is the one point left when the same is done again and again inside it.',
    ref: 'Maschler, Peleg & Shapley (1979)',
    formula: 'min ε such that x(N) = v(N) and x(S) ≥ v(S) − ε for every S ≠ ∅, N',
  },
  shapleyShubik: {
    label: 'Shapley–Shubik index',
    line: 'The share of voting orders in which the player is pivotal.',
    ref: 'Shapley & Shubik (1954)',
    formula: 'the Shapley value of the simple game (v = 1 for winning coalitions)',
  },
  deeganPackel: {
    label: 'Deegan–Packel index',
    line: 'Each minimal winning coalition is equally likely and splits power equally among its members.',
    ref: 'Deegan & Packel (1978)',
  },
  publicGood: {
    label: 'Public Good index',
    line: 'Share of the minimal winning coalitions a player belongs to.',
    ref: 'Holler (1982)',
  },
  johnston: {
    label: 'Johnston index',
    line: 'Each winning coalition credits its critical members equally (1/k each when k can break it).',
    ref: 'Johnston (1978)',
  },
};

/** The bargaining concepts of a scenario (engine/scenario/concepts), in report order. */
export type BargainingConcept = (typeof BARGAINING_CONCEPTS)[number];

/** Two sentences, a reference and a formula for each bargaining concept of a scenario. */
export const BARGAINING_INFO: Record<BargainingConcept, ConceptInfo> = {
  agendaSetter: {
    label: 'Agenda setter',
    line: 'The leader makes one take-it-or-leave-it offer: each member is paid just enough to sign and the leader keeps the rest. This is the leader’s optimum, and what Baron–Ferejohn gives when only the leader is ever recognised.',
    ref: 'Romer and Rosenthal (1978); Baron and Ferejohn (1989)',
    formula: 'xᵢ = max(dᵢ, uᵢ(T)) for signatories; x_L = u_L(T, S) − cost of the payments',
  },
  baronFerejohn: {
    label: 'Baron–Ferejohn',
    line: 'Each day a player is recognised (with probability set by bargaining power) and proposes a text with payments; it passes when the decision rule is met. Under consensus everyone holds a veto and shares in the surplus; under a quota the members compete to be bought and the leader, the only veto player, keeps most of it.',
    ref: 'Baron and Ferejohn (1989); Eraslan (2002); Winter (1996)',
    formula: 'eᵢ = Σₖ pₖ·xᵢᵏ(δ∘e); unanimity with a TU pie S: eᵢ = dᵢ + pᵢ·S',
  },
  krishnaSerrano: {
    label: 'Krishna–Serrano',
    line: 'The leader proposes to all members at once; whoever rejects bargains on. It needs every signature, so it applies under consensus only; each responder is offered what it would keep as proposer, discounted by a day.',
    ref: 'Krishna and Serrano (1996)',
    formula: 'TU pie S, common δ: proposer S/(1 + (n−1)δ), each responder δS/(1 + (n−1)δ)',
  },
  stoleZwiebel: {
    label: 'Stole–Zwiebel',
    line: 'The leader bargains with each member separately, and a breakdown reopens every other bargain. Each member then gets its average marginal contribution — the Shapley value of this model’s coalition game.',
    ref: 'Stole and Zwiebel (1996); Shapley (1953)',
    formula: 'xᵢ = φᵢ(v)',
  },
  nashInNash: {
    label: 'Nash-in-Nash (pairwise Nash)',
    line: 'Each pair splits the surplus of the member’s signature, taking every other agreement as given. That is an equilibrium only if the separate gains do not add up to more than the agreements create together; under consensus they do, so it shows hold-up, not a prediction.',
    ref: 'Horn and Wolinsky (1988); Collard-Wexler, Gowrisankaran and Lee (2019)',
    formula:
      'xᵢ = dᵢ + αᵢ/(αᵢ + α_L)·[v(N) − v(N∖i) − dᵢ], if Σ_{i∈A} [v(N) − v(N∖i) − dᵢ] ≤ v(N) − v(N∖A) − Σ_{i∈A} dᵢ',
  },
  stahl: {
    label: 'Ståhl (finite horizon)',
    line: 'One round a day until the summit, the leader proposing on the summit day (its final draft) and every second day before it, the members in between; each day costs a discount. Solved backwards from the summit, so the last word is the leader’s and the parity of the day count no longer decides the split.',
    ref: 'Ståhl (1972); Rubinstein (1982)',
    formula: 'e(day D) = leader’s take-it-or-leave-it; e(d) = proposer’s best given δ·e(d + 1)',
  },
  grosecloseSnyder: {
    label: 'Counter-lobbying (Groseclose–Snyder)',
    line: 'The leader pays first, then a rival (the West) bids for votes. Under consensus one flipped member kills the declaration, so every member must be made to cost the rival its whole budget; under a quota a supermajority is far cheaper.',
    ref: 'Groseclose and Snyder (1996)',
    formula: 'min Σ aᵢ such that the rival cannot flip enough votes: Σ_{k cheapest} (uᵢ + aᵢ) ≥ W',
  },
};
