/**
 * Secrets and codes: join codes a class can type (6 capitals and digits, no look-alikes),
 * unguessable teacher keys and seat tokens (144 random bits), stored only as SHA-256
 * hashes and compared in constant time.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function joinCode(length = 6): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export const secret = (): string => randomBytes(18).toString('base64url');
export const publicId = (): string => randomBytes(6).toString('base64url');

export const hashSecret = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Does `given` hash to `hash`? (constant time) */
export function matches(given: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(given), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
