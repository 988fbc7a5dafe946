/** A key fingerprint as stored: the SHA-256 of the public key, 64 lower-case hex digits. */
export const FINGERPRINT_PATTERN = /^[0-9a-f]{64}$/;

/**
 * A fingerprint as read over the phone: 16 blocks of 4 characters, upper case (« 3F9A 0C12 … »),
 * each block said and checked in turn.
 */
export const fingerprintInBlocks = (fingerprint: string): string => (fingerprint.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');

/** What the user typed or pasted (blocks, spaces, dashes, any case) as a stored fingerprint; null when it is not one. */
export const normalisedFingerprint = (typed: string): string | null => {
  const compact = typed.replace(/[\s\-:]/g, '').toLowerCase();
  return FINGERPRINT_PATTERN.test(compact) ? compact : null;
};

/**
 * JSON with object keys in code-point order at every level and no spaces: the bytes a manifest's
 * signature covers, the same on every computer whatever order its fields were written in.
 */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

/**
 * Whether a snapshot made at `snapshotVersion` can be read by this Sève (at `currentVersion`): the
 * group reads members' files with its own queries, so both must be at the same schema. Null when
 * they are; otherwise the French reason and what to do.
 */
export const snapshotSchemaProblem = (snapshotVersion: number, currentVersion: number): string | null => {
  if (snapshotVersion === currentVersion) return null;
  if (snapshotVersion > currentVersion) {
    return `Cet envoi a été créé par une version plus récente de Sève (schéma ${snapshotVersion}, celui de ce fichier est ${currentVersion}) : mettez Sève à jour sur cet ordinateur, puis importez-le de nouveau.`;
  }
  return `Cet envoi a été créé par une version plus ancienne de Sève (schéma ${snapshotVersion}, celui de ce fichier est ${currentVersion}) : demandez au membre de mettre Sève à jour, d’ouvrir son fichier (il sera mis à niveau) puis de refaire « Envoyer au groupe ».`;
};

/** The group pack's file name. */
export const groupPackFileName = (date: string): string => `Dossier de groupe – ${date}.pdf`;
