import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZONE_IDENTIFIER, markOfTheWeb, zoneIdentifierPath } from '../../../electron/main/markOfTheWeb';
import { makeTempDir } from '../../helpers/backend';

describe('Mark-of-the-Web', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('names the Zone.Identifier stream of a file and says "Internet" (zone 3) in it', () => {
    expect(zoneIdentifierPath('C:\\Temp\\Sève\\ab\\rapport.pdf')).toBe('C:\\Temp\\Sève\\ab\\rapport.pdf:Zone.Identifier');
    expect(ZONE_IDENTIFIER).toBe('[ZoneTransfer]\r\nZoneId=3\r\n');
  });

  it('on Windows writes the stream and reads it back', async () => {
    // NTFS cannot be had here: on Linux "file:Zone.Identifier" is an ordinary file beside the copy,
    // which is enough to check what is written where; the file system calls are the real ones.
    const file = path.join(dir, 'rapport.pdf');
    fs.writeFileSync(file, '%PDF-1.7');
    const mark = markOfTheWeb('win32');
    expect(await mark.isMarked(file)).toBe(false);
    await mark.mark(file);
    expect(fs.readFileSync(`${file}:Zone.Identifier`, 'utf8')).toBe(ZONE_IDENTIFIER);
    expect(await mark.isMarked(file)).toBe(true);
    fs.writeFileSync(`${file}:Zone.Identifier`, '[ZoneTransfer]\r\nZoneId=0\r\n');
    expect(await mark.isMarked(file)).toBe(false);
  });

  it('writes nothing on other systems', async () => {
    const file = path.join(dir, 'rapport.pdf');
    fs.writeFileSync(file, '%PDF-1.7');
    for (const platform of ['linux', 'darwin'] as const) {
      const mark = markOfTheWeb(platform);
      await mark.mark(file);
      expect(await mark.isMarked(file)).toBe(true);
    }
    expect(fs.readdirSync(dir)).toEqual(['rapport.pdf']);
  });
});
