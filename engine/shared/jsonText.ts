/**
 * Reading JSON text as a person wrote it: JSON.parse keeps the last of two equal keys
 * without a word, so a file with "leaderBudget" twice silently used the second. This
 * parses, then walks the text once to find keys repeated in one object, and refuses them
 * with their JSON Pointer.
 */
import { pointer } from './jsonPointer';

export type JsonRead = { ok: true; value: unknown } | { ok: false; message: string };

/** JSON Pointers of keys that appear twice in the same object (text already valid JSON). */
export function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  // One frame per open object or array: the keys seen, the path, and the next array index.
  const stack: { keys: Set<string> | null; path: string[]; index: number; key: string | null }[] =
    [];
  let i = 0;
  const readString = (): string => {
    let out = '';
    i++; // opening quote
    while (text[i] !== '"') {
      if (text[i] === '\\') {
        const c = text[i + 1];
        if (c === 'u') {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          out += { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' }[c as string] ?? c;
          i += 2;
        }
      } else out += text[i++];
    }
    i++; // closing quote
    return out;
  };
  const childPath = (): string[] => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    return top.keys ? [...top.path, top.key ?? ''] : [...top.path, String(top.index)];
  };
  let expectKey = false;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '{' || c === '[') {
      stack.push({ keys: c === '{' ? new Set() : null, path: childPath(), index: 0, key: null });
      expectKey = c === '{';
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top && !top.keys) top.index++;
      expectKey = Boolean(top?.keys);
      i++;
    } else if (c === '"') {
      const s = readString();
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        if (top.keys.has(s)) found.push(pointer([...top.path, s]));
        top.keys.add(s);
        top.key = s;
        expectKey = false;
      }
    } else i++;
  }
  return found;
}

/** JSON.parse, with repeated keys refused instead of silently overwritten. */
export function parseJsonText(text: string): JsonRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${(e as Error).message}` };
  }
  const twice = duplicateKeys(text);
  if (twice.length > 0)
    return {
      ok: false,
      message: `a key is given twice, and JSON would silently keep only the last: ${twice.slice(0, 5).join(', ')}${twice.length > 5 ? ` (and ${twice.length - 5} more)` : ''}`,
    };
  return { ok: true, value };
}
