import fc from 'fast-check';

/** Values an attacker or a buggy page would send: wrong types, huge strings, SQL, prototype keys, bad dates. */
export const hostileValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    -1,
    0,
    1.5,
    Number.MAX_SAFE_INTEGER + 2,
    Number.NaN,
    '',
    ' ',
    'x'.repeat(100_000),
    "'; DROP TABLE documents; --",
    '2026-02-30',
    '31/12/2026',
    null,
    [],
    {},
  ),
  fc.string({ unit: 'binary', maxLength: 300 }),
);
export const hostileObject = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 20 }), hostileValue, { maxKeys: 8 }),
  fc.constantFrom(
    JSON.parse('{"__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } },
    { id: -1 },
    { id: '1' },
    { fields: null },
  ),
  hostileValue,
);
