/**
 * Where `--save FILE` writes: checked before any work is done (so a long simulation never
 * ends in a write error that loses its results) and written atomically (a temporary file
 * in the same folder, then a rename), so a crash never leaves half a file. A save never
 * replaces a file the command is reading.
 */
import { constants } from 'node:fs';
import { access, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from './args';

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** Refuse (exit 2) a save target that cannot be written or would overwrite an input. */
export async function checkSaveTarget(target: string, inputs: readonly string[]): Promise<void> {
  for (const input of inputs)
    if (await sameFile(target, input))
      throw new UsageError(`--save ${target} would overwrite ${input}, which this command reads`);
  const info = await stat(target).catch(() => undefined);
  if (info?.isDirectory()) throw new UsageError(`--save ${target} is a folder; name a file`);
  const folder = dirname(resolve(target));
  const parent = await stat(folder).catch(() => undefined);
  if (!parent?.isDirectory())
    throw new UsageError(`--save ${target}: the folder ${folder} does not exist`);
  try {
    await access(folder, constants.W_OK);
    if (info) await access(target, constants.W_OK);
  } catch {
    throw new UsageError(`--save ${target}: not writable`);
  }
}

/** Write the whole text, or nothing: a temporary file beside the target, then a rename. */
export async function writeAtomically(target: string, text: string): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, target);
  } catch (e) {
    await unlink(temporary).catch(() => undefined);
    throw e;
  }
}
