import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { fingerprintInBlocks } from '../../../shared/domain/group';
import type { MemberKey } from '../../../shared/schemas/group';

type KeyRow = { public_key: Buffer; private_key: Buffer | null; fingerprint: string; created_on: string };

/** The fingerprint of a public key: SHA-256 of its DER bytes (SubjectPublicKeyInfo), lower-case hex. */
export const fingerprintOf = (publicKeyDer: Uint8Array): string => crypto.createHash('sha256').update(publicKeyDer).digest('hex');

const toMemberKey = (row: KeyRow): MemberKey => ({
  fingerprint: row.fingerprint,
  fingerprintBlocks: fingerprintInBlocks(row.fingerprint),
  createdOn: row.created_on,
});

/** The file's Ed25519 key pair as a member of a group (table `member_key`, one row). */
export const createMemberKeyRepository = (db: Database.Database) => {
  const select = db.prepare<[], KeyRow>('SELECT public_key, private_key, fingerprint, created_on FROM member_key WHERE id = 1');
  const insert = db.prepare<[Buffer, Buffer, string, string, string]>(
    'INSERT INTO member_key (id, public_key, private_key, fingerprint, created_on, created_at) VALUES (1, ?, ?, ?, ?, ?)',
  );
  return {
    get: (): MemberKey | null => {
      const row = select.get();
      return row ? toMemberKey(row) : null;
    },
    /** Creates the key pair with Node's crypto; the caller holds the transaction and checks none exists. */
    create: (createdOn: string, createdAt: string): MemberKey => {
      const pair = crypto.generateKeyPairSync('ed25519');
      const publicDer = pair.publicKey.export({ type: 'spki', format: 'der' });
      const privateDer = pair.privateKey.export({ type: 'pkcs8', format: 'der' });
      const fingerprint = fingerprintOf(publicDer);
      insert.run(publicDer, privateDer, fingerprint, createdOn, createdAt);
      return toMemberKey({ public_key: publicDer, private_key: privateDer, fingerprint, created_on: createdOn });
    },
    /** What signing needs; null when the file has no key (or is itself a snapshot, which has no private key). */
    signingPair: (): { publicKey: Buffer; privateKey: crypto.KeyObject } | null => {
      const row = select.get();
      if (!row?.private_key) return null;
      return { publicKey: row.public_key, privateKey: crypto.createPrivateKey({ key: row.private_key, format: 'der', type: 'pkcs8' }) };
    },
  };
};

/** Ed25519 signature of `message` (the canonical manifest), base64. */
export const sign = (message: string, privateKey: crypto.KeyObject): string =>
  crypto.sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64');

/** Whether `signature` (base64) is `publicKeyDer`'s over `message`; false for any malformed key or signature. */
export const verifySignature = (message: string, signature: string, publicKeyDer: Buffer): boolean => {
  try {
    const key = crypto.createPublicKey({ key: publicKeyDer, format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return crypto.verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
};
