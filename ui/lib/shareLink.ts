/**
 * A model carried in a link: its JSON, compressed with DEFLATE (raw, RFC 1951) by the
 * browser's own CompressionStream, in URL-safe base64 (RFC 4648 §5), after "#model=v1.".
 * The Moscow model (26 KB of JSON) becomes an 8 KB fragment. Reading refuses a damaged
 * link and anything that inflates past 2 MB.
 */
import { parseJsonText } from '../../engine/index';

const PREFIX = '#model=v1.';
const MAX_BYTES = 2 * 1024 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A stream of one chunk. */
function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The fragment ("#model=v1.…") that carries a document. */
export async function shareFragment(doc: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(doc));
  const stream = streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw'));
  return PREFIX + toBase64Url(await collect(stream, Infinity));
}

/** The document in a fragment, why it cannot be read, or null if it carries no model. */
export async function readShareFragment(
  hash: string,
): Promise<{ ok: true; doc: unknown } | { ok: false; message: string } | null> {
  if (!hash.startsWith('#model=')) return null;
  if (!hash.startsWith(PREFIX))
    return { ok: false, message: 'the link is from another version of Summit Lab or damaged' };
  let text: string;
  try {
    const packed = fromBase64Url(hash.slice(PREFIX.length));
    const stream = streamOf(packed).pipeThrough(new DecompressionStream('deflate-raw'));
    text = new TextDecoder('utf-8', { fatal: true }).decode(await collect(stream, MAX_BYTES));
  } catch (e) {
    return {
      ok: false,
      message:
        (e as Error).message === 'too large'
          ? 'the link holds more than a model can be'
          : 'the link is cut short or damaged',
    };
  }
  const read = parseJsonText(text);
  return read.ok
    ? { ok: true, doc: read.value }
    : { ok: false, message: `the link does not hold a JSON model (${read.message})` };
}
