/**
 * What changed between two JSON documents, leaf by leaf: each difference is a path, the
 * value before and the value after (undefined when added or removed). Array elements that
 * are objects with an "id" are matched by id, so removing one clause reads as one removal,
 * not as every later clause changing; the path then names the id in brackets, e.g.
 * /clauses/[nato-warning]/value/BLR. Other arrays are compared element by element.
 */

export interface JsonChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const hasIds = (xs: unknown[]) =>
  xs.length > 0 && xs.every((x) => isObject(x) && typeof x.id === 'string');

function keyed(xs: unknown[]): Map<string, unknown> {
  return new Map(xs.map((x) => [`[${String((x as { id: string }).id)}]`, x]));
}

function walk(a: unknown, b: unknown, path: string, out: JsonChange[]): void {
  if (Object.is(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (hasIds(a) && hasIds(b)) return walkMaps(keyed(a), keyed(b), path, out);
    const scalar = (xs: unknown[]) => xs.every((x) => typeof x !== 'object' || x === null);
    if (scalar(a) && scalar(b)) {
      if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, before: a, after: b });
      return;
    }
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) walk(a[i], b[i], `${path}/${i}`, out);
    return;
  }
  if (isObject(a) && isObject(b))
    return walkMaps(new Map(Object.entries(a)), new Map(Object.entries(b)), path, out);
  out.push({ path: path || '/', before: a, after: b });
}

function walkMaps(
  a: Map<string, unknown>,
  b: Map<string, unknown>,
  path: string,
  out: JsonChange[],
): void {
  for (const [k, x] of a) walk(x, b.get(k), `${path}/${k}`, out);
  for (const [k, y] of b)
    if (!a.has(k)) out.push({ path: `${path}/${k}`, before: undefined, after: y });
}

export function jsonDiff(before: unknown, after: unknown): JsonChange[] {
  const out: JsonChange[] = [];
  walk(before, after, '', out);
  return out;
}
