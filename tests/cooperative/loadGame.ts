/** Load a game from models/textbook/ for tests (the same files the README and CLI use). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGameFile, type GameSpec } from '../../engine/cooperative/parseGameFile';
import type { TuGame } from '../../engine/cooperative/tuGame';

export function loadSpec(name: string): GameSpec {
  const doc = JSON.parse(
    readFileSync(join(__dirname, '../../models/textbook', `${name}.json`), 'utf8'),
  ) as unknown;
  const parsed = parseGameFile(doc);
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.errors)}`);
  return parsed.value;
}

export function loadGame(name: string): TuGame {
  const spec = loadSpec(name);
  if (!spec.game) throw new Error(`${name} has no explicit game`);
  return spec.game;
}
