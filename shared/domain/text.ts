/**
 * Text as Sève stores it must be well-formed Unicode: a lone UTF-16 surrogate (half of an emoji,
 * say, from a broken copy and paste or a hostile page) would be written to SQLite as invalid
 * UTF-8, which other tools then cannot read.
 */

// With the `u` flag a surrogate pair is one code point: only an unpaired half matches.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

export const MALFORMED_TEXT_MESSAGE =
  'Ce texte contient un caractère mal encodé (la moitié d’un caractère, souvent après un copier-coller) : retapez-le.';

/** Whether a string is well-formed Unicode (no lone surrogate). */
export const isWellFormedText = (value: string): boolean => !LONE_SURROGATE.test(value);

// Inputs are shallow; deeper than this, the contract's schemas refuse the input anyway.
const MAX_DEPTH = 32;

/**
 * The path ("fields.title", "requirements.2") of the first string in an input that is not
 * well-formed, or null. Bytes (an upload's content) are not text and are skipped.
 */
export const malformedTextPath = (value: unknown, depth = 0): string[] | null => {
  if (typeof value === 'string') return isWellFormedText(value) ? null : [];
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return null;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
  for (const [key, item] of entries) {
    if (!isWellFormedText(key)) return [key];
    const inner = malformedTextPath(item, depth + 1);
    if (inner !== null) return [key, ...inner];
  }
  return null;
};
