import crypto from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PackFailure } from '../../../../electron/backend/pack/failure';
import { openOutput, temporaryPathFor } from '../../../../electron/backend/pack/output';
import { makeTempDir } from '../../../helpers/backend';

describe('the PDF’s output file', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('writes every piece in order under a temporary name, and the commit moves exactly those bytes to the target', async () => {
    const target = path.join(dir, 'Dossier.pdf');
    const output = openOutput(target, 'jeton');
    const pieces = Array.from({ length: 200 }, (_, index) => crypto.randomBytes(1 + ((index * 7919) % 70_000)));
    for (const piece of pieces) {
      if (!output.stream.write(piece)) await once(output.stream, 'drain');
    }
    output.stream.end();
    await once(output.stream, 'finish');
    expect(fs.existsSync(target)).toBe(false);
    output.commit();
    expect(fs.readFileSync(target).equals(Buffer.concat(pieces))).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['Dossier.pdf']);
    expect(output.failure()).toBeNull();
  });

  it('leaves nothing behind when discarded half-way, and an existing file at the target stays as it was', async () => {
    const target = path.join(dir, 'Dossier.pdf');
    fs.writeFileSync(target, 'le dossier d’hier');
    const output = openOutput(target, 'jeton');
    output.stream.write(crypto.randomBytes(300_000));
    await output.discard();
    expect(fs.readdirSync(dir)).toEqual(['Dossier.pdf']);
    expect(fs.readFileSync(target, 'utf8')).toBe('le dossier d’hier');
  });

  it('refuses in French to write where its temporary name is taken, without touching that file', () => {
    const target = path.join(dir, 'Dossier.pdf');
    fs.writeFileSync(temporaryPathFor(target, 'jeton'), 'autre génération');
    expect(() => openOutput(target, 'jeton')).toThrow(PackFailure);
    expect(fs.readFileSync(temporaryPathFor(target, 'jeton'), 'utf8')).toBe('autre génération');
  });
});
