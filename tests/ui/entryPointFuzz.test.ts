/**
 * Fuzz runs of the browser's entry points that take outside data: share links (any text
 * after "#model=") and stored or imported games (any JSON). Each ends in a value or a
 * readable message — never an exception, never a hang.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readShareFragment, shareFragment } from '../../ui/lib/shareLink';
import { restoreGame } from '../../ui/lib/playEngine';

describe('share links', () => {
  test('any text after #model= is read or refused with a message (300 links)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 200 }), fc.base64String({ maxLength: 400 })),
        fc.constantFrom('#model=', '#model=v1.', '#model=v2.'),
        async (tail, head) => {
          const r = await readShareFragment(head + tail);
          return r !== null && (r.ok || (typeof r.message === 'string' && r.message.length > 0));
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });

  test('a good document round-trips', async () => {
    const good = await readShareFragment(await shareFragment({ a: 1, b: [1, 2] }));
    expect(good).toEqual({ ok: true, doc: { a: 1, b: [1, 2] } });
  });
});

describe('stored and imported games', () => {
  const json = fc.jsonValue({ maxDepth: 3 });
  const gameLike = fc.record({
    config: fc.record({
      scenarioId: fc.oneof(fc.constant('moscow-2008'), fc.string({ maxLength: 12 })),
      role: fc.oneof(fc.constantFrom('BLR', 'RUS', 'constructor'), fc.string({ maxLength: 6 })),
      seed: fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 3 })),
      history: fc.oneof(fc.boolean(), json),
      strategy: fc.oneof(fc.constantFrom('rational', 'boulware'), fc.string({ maxLength: 6 })),
    }),
    moves: fc.oneof(fc.array(json, { maxLength: 3 }), json),
    saved: json,
  });

  test('any JSON is restored or refused with a message (300 documents)', () => {
    fc.assert(
      fc.property(fc.oneof(json, gameLike), (doc) => {
        const r = restoreGame(doc);
        return r.ok || (typeof r.message === 'string' && r.message.length > 0);
      }),
      { numRuns: 300, seed: 9 },
    );
  });
});
