/** JSON Pointers (RFC 6901): "~" is written "~0" and "/" is written "~1" in each token. */

/** One token, escaped. */
export const escapePointer = (key: PropertyKey): string =>
  String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/** The pointer of a path: ["clauses", 0, "value"] → "/clauses/0/value". */
export const pointer = (path: readonly PropertyKey[]): string =>
  path.map((k) => '/' + escapePointer(k)).join('');
