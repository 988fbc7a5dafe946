import crypto from 'node:crypto';
import fs from 'node:fs';

/** SHA-256 of a file's bytes, to prove it was left untouched. */
export const sha256 = (filePath: string): string => crypto.createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');
