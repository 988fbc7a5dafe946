import fs from 'node:fs/promises';

/**
 * What Windows writes beside a file that came from the Internet (the `Zone.Identifier` alternate
 * data stream): zone 3, "Internet". With it, SmartScreen warns before a program runs and Office
 * opens documents in Protected View, as for an e-mail attachment. A file stored in a data file
 * someone sent is no better known than that.
 */
export const ZONE_IDENTIFIER = '[ZoneTransfer]\r\nZoneId=3\r\n';

export type MarkOfTheWeb = {
  /** Marks a file (before it is made read-only: Windows refuses a stream on a read-only file). */
  mark: (filePath: string) => Promise<void>;
  /** Whether a file already carries the mark (a copy left by an older Sève may not). */
  isMarked: (filePath: string) => Promise<boolean>;
};

type StreamFs = Pick<typeof fs, 'writeFile' | 'readFile'>;

/** The stream's path: NTFS reads `file:stream` as the file's named stream. */
export const zoneIdentifierPath = (filePath: string): string => `${filePath}:Zone.Identifier`;

/**
 * The mark for the running system: on Windows the `Zone.Identifier` stream, elsewhere nothing
 * (macOS and Linux have no such mark for a file an application writes itself).
 */
export const markOfTheWeb = (platform: NodeJS.Platform = process.platform, files: StreamFs = fs): MarkOfTheWeb => {
  if (platform !== 'win32') return { mark: async () => undefined, isMarked: async () => true };
  return {
    mark: (filePath) => files.writeFile(zoneIdentifierPath(filePath), ZONE_IDENTIFIER, { encoding: 'utf8' }),
    isMarked: async (filePath) => {
      try {
        return /ZoneId=3/.test(await files.readFile(zoneIdentifierPath(filePath), 'utf8'));
      } catch {
        return false;
      }
    },
  };
};
