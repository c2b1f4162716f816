/**
 * Example games for the calculator and the Analysis view: the textbook files in
 * models/textbook/ themselves (the same ones the tests check against published values),
 * so the browser and the CLI read one copy.
 */
import glove from '../../models/textbook/glove.json';
import talmud200 from '../../models/textbook/talmud-200.json';
import threePartners from '../../models/textbook/three-partners.json';
import eec1958 from '../../models/textbook/eec-1958.json';

export interface Preset {
  readonly id: string;
  readonly label: string;
  readonly doc: Record<string, unknown>;
}

const preset = (id: string, doc: Record<string, unknown> & { name: string }): Preset => ({
  id,
  label: doc.name,
  doc,
});

export const PRESETS: readonly Preset[] = [
  preset('glove', glove),
  preset('talmud-200', talmud200),
  preset('three-person', threePartners),
  preset('eec-1958', eec1958),
];
