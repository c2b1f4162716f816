/** Example games for the calculator (the same ones the tests check against published values). */

export interface Preset {
  readonly id: string;
  readonly label: string;
  readonly doc: Record<string, unknown>;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'glove',
    label: 'Glove game (1 left, 2 right gloves)',
    doc: { players: ['L', 'R1', 'R2'], v: { 'L+R1': 1, 'L+R2': 1, 'L+R1+R2': 1 } },
  },
  {
    id: 'talmud-200',
    label: 'Talmud bankruptcy, estate 200, claims 100/200/300',
    doc: {
      players: ['A', 'B', 'C'],
      v: { A: 0, B: 0, C: 0, 'A+B': 0, 'A+C': 0, 'B+C': 100, 'A+B+C': 200 },
    },
  },
  {
    id: 'three-person',
    label: 'Three partners (60 for A+B, 72 for all)',
    doc: { players: ['A', 'B', 'C'], v: { 'A+B': 60, 'A+C': 48, 'B+C': 30, 'A+B+C': 72 } },
  },
  {
    id: 'eec-1958',
    label: 'EEC Council of Ministers 1958 (weights 4,4,4,2,2,1; quota 12)',
    doc: {
      players: ['France', 'Germany', 'Italy', 'Belgium', 'Netherlands', 'Luxembourg'],
      weights: [4, 4, 4, 2, 2, 1],
      quota: 12,
    },
  },
];
