/**
 * The message log as a student reads it: the engine writes ids ("RUS offers BLR: … for
 * blr-credit 2"), the table shows countries by name and instruments by label ("Russia
 * offers Belarus: … for Stabilization credit to Belarus: 2"). Whole-word replacement, longest
 * id first, so "RUS" never rewrites part of another word.
 */
export interface LogNames {
  /** Player id → name. */
  readonly names: Readonly<Record<string, string>>;
  /** Instrument id → label. */
  readonly labels: Readonly<Record<string, string>>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A function that rewrites one log line with names and labels. */
export function readableLog({ names, labels }: LogNames): (line: string) => string {
  const map = new Map<string, string>([
    ...Object.entries(labels).map(([id, l]): [string, string] => [id, `${l}:`]),
    ...Object.entries(names),
  ]);
  const ids = [...map.keys()].sort((a, b) => b.length - a.length);
  if (ids.length === 0) return (line) => line;
  // An id is a whole word: not preceded or followed by a letter, digit, hyphen or underscore.
  const pattern = new RegExp(`(?<![\\w-])(${ids.map(escape).join('|')})(?![\\w-])`, 'g');
  return (line) => line.replace(pattern, (id) => map.get(id) ?? id);
}
