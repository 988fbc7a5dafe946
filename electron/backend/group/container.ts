import { ServiceError } from '../errors';

/**
 * The `.seve-groupe` file a member sends: `SEVEGRP1` (8 bytes: the format and its version), the
 * manifest's length (4 bytes, big-endian), the manifest (UTF-8 JSON, with its signature), then
 * the snapshot's SQLite bytes. One file, readable without Sève: the manifest is plain JSON and the
 * rest is a SQLite database.
 */
export const SNAPSHOT_MAGIC = Buffer.from('SEVEGRP1', 'ascii');
export const SNAPSHOT_EXTENSION = '.seve-groupe';
export const SNAPSHOT_MEDIA_TYPE = 'application/vnd.seve.groupe';
const HEADER_BYTES = SNAPSHOT_MAGIC.length + 4;
/** A manifest is a few hundred bytes; anything larger is not one. */
const MAX_MANIFEST_BYTES = 64 * 1024;

export const encodeSnapshot = (manifestJson: string, database: Uint8Array): Buffer => {
  const manifest = Buffer.from(manifestJson, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(manifest.length);
  return Buffer.concat([SNAPSHOT_MAGIC, length, manifest, database]);
};

const notASnapshot = (): ServiceError =>
  new ServiceError(
    'invalid_input',
    'Ce fichier n’est pas un envoi de Sève : choisissez le fichier « .seve-groupe » que le membre a créé avec « Envoyer au groupe ». Le fichier du groupe n’a pas été modifié.',
  );

export const truncated = (): ServiceError =>
  new ServiceError(
    'invalid_input',
    'Cet envoi est incomplet (fichier tronqué, peut-être pendant la copie ou l’envoi par courriel) : demandez au membre de vous le renvoyer. Le fichier du groupe n’a pas été modifié.',
  );

export const altered = (): ServiceError =>
  new ServiceError(
    'invalid_input',
    'Cet envoi a été modifié après sa création (son contenu ne correspond plus à son empreinte signée) : ne l’utilisez pas et demandez au membre de refaire « Envoyer au groupe ». Le fichier du groupe n’a pas été modifié.',
  );

/** Splits a snapshot file into its manifest (parsed JSON, not yet checked) and its database bytes. */
export const decodeSnapshot = (bytes: Uint8Array): { manifest: unknown; database: Buffer } => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < SNAPSHOT_MAGIC.length || !buffer.subarray(0, SNAPSHOT_MAGIC.length).equals(SNAPSHOT_MAGIC)) throw notASnapshot();
  if (buffer.length < HEADER_BYTES) throw truncated();
  const manifestBytes = buffer.readUInt32BE(SNAPSHOT_MAGIC.length);
  if (manifestBytes === 0 || manifestBytes > MAX_MANIFEST_BYTES) throw altered();
  if (buffer.length < HEADER_BYTES + manifestBytes) throw truncated();
  let manifest: unknown;
  try {
    manifest = JSON.parse(buffer.subarray(HEADER_BYTES, HEADER_BYTES + manifestBytes).toString('utf8'));
  } catch {
    throw altered();
  }
  return { manifest, database: buffer.subarray(HEADER_BYTES + manifestBytes) };
};
