import fc from 'fast-check';
import { expect } from 'vitest';
import { z } from 'zod';
import { contract, type MethodName } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { MALFORMED_TEXT_MESSAGE } from '../../shared/domain/text';

/**
 * Inputs shaped like a method's contract schema (read from its JSON Schema, `z.toJSONSchema`), so
 * they pass the first checks and reach the services and SQLite. Each generated input lists its
 * slots: where a date, a text, a single-line text or an id went, so a test can put a bad value
 * exactly there.
 */

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  singleLine?: boolean;
};

export type SlotKind = 'date' | 'text' | 'line' | 'id';
export type Slot = { path: string[]; kind: SlotKind };
export type Generated = { value: unknown; slots: Slot[] };

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

const words = ['Accueil', 'des salariés', 'réclamation', 'œuvre', 'Qualité', 'chantier d’insertion', 'revue', 'été', 'n° 3'];

const textOf = (schema: JsonSchema): fc.Arbitrary<string> => {
  const min = Math.max(1, schema.minLength ?? 0);
  const max = Math.min(schema.maxLength ?? 60, 60);
  return fc
    .array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join(' ').slice(0, max).padEnd(min, 'x'))
    .filter((text) => text.trim().length >= min);
};

const dateOf = fc
  .record({ year: fc.integer({ min: 2000, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

const leaf = (value: fc.Arbitrary<unknown>, slot?: Slot): fc.Arbitrary<Generated> =>
  value.map((generated) => ({ value: generated, slots: slot ? [slot] : [] }));

const isIdName = (name: string | undefined): boolean => name !== undefined && (name === 'id' || /Ids?$/.test(name));

const arbitraryOf = (schema: JsonSchema, path: string[], name: string | undefined): fc.Arbitrary<Generated> => {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return fc.oneof(...branches.map((branch) => arbitraryOf(branch, path, name)));
  if (schema.const !== undefined) return leaf(fc.constant(schema.const));
  if (schema.enum) return leaf(fc.constantFrom(...schema.enum));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'null':
      return leaf(fc.constant(null));
    case 'boolean':
      return leaf(fc.boolean());
    case 'integer': {
      const min = schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : (schema.minimum ?? 0);
      if (isIdName(name)) return leaf(fc.integer({ min: 1, max: 6 }), { path, kind: 'id' });
      return leaf(fc.integer({ min, max: Math.min(schema.maximum ?? min + 1000, min + 1000) }));
    }
    case 'number':
      return leaf(fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true }));
    case 'string':
      if (schema.pattern === DATE) return leaf(dateOf, { path, kind: 'date' });
      if (schema.pattern) return leaf(fc.stringMatching(new RegExp(schema.pattern)));
      return leaf(textOf(schema), { path, kind: schema.singleLine ? 'line' : 'text' });
    case 'array': {
      const items = schema.items ?? {};
      const minLength = schema.minItems ?? 0;
      return fc
        .integer({ min: minLength, max: Math.max(minLength, Math.min(schema.maxItems ?? 3, 3)) })
        .chain((length) => fc.tuple(...Array.from({ length }, (_, index) => arbitraryOf(items, [...path, String(index)], name))))
        .map((elements) => ({ value: elements.map((element) => element.value), slots: elements.flatMap((element) => element.slots) }));
    }
    case 'object': {
      const properties = Object.entries(schema.properties ?? {});
      const required = new Set(schema.required ?? []);
      const fields = properties.map(([key, property]) => {
        const generated = arbitraryOf(property, [...path, key], key);
        return required.has(key)
          ? generated.map((value) => [key, value] as const)
          : fc.option(
              generated.map((value) => [key, value] as const),
              { nil: null },
            );
      });
      return fc.tuple(...fields).map((entries) => {
        const present = entries.filter((entry) => entry !== null);
        return {
          value: Object.fromEntries(present.map(([key, value]) => [key, value.value])),
          slots: present.flatMap(([, value]) => value.slots),
        };
      });
    }
    default:
      // Unrepresentable in JSON Schema: an upload's bytes.
      return name === 'content' ? leaf(fc.uint8Array({ maxLength: 64 })) : leaf(fc.constant(null));
  }
};

/** Inputs shaped like `method`'s input schema, with the slots where dates, texts and ids went. */
export const contractInput = (method: MethodName): fc.Arbitrary<Generated> =>
  arbitraryOf(z.toJSONSchema(contract[method].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema, [], undefined);

/** A copy of `value` with `replacement` at `path`. */
export const replaceAt = (value: unknown, path: readonly string[], replacement: unknown): unknown => {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value)) return value.map((item, index) => (String(index) === head ? replaceAt(item, rest, replacement) : item));
  const record = value as Record<string, unknown>;
  return { ...record, [head]: replaceAt(record[head], rest, replacement) };
};

// These name files and folders on this computer: valid inputs would switch the session to another
// file or write copies around the disk. The random fuzz (contract-fuzz.test.ts) covers them.
export const namingPaths = new Set<MethodName>([
  'datafile.open',
  'datafile.create',
  'datafile.saveCopy',
  'backups.setFolder',
  'backups.restore',
]);

const outOfRangeDates = ['1999-12-31', '2101-01-01', '1900-02-28', '0001-01-01', '9999-12-31'];
const malformed = ['\uD800', 'Procédure \uDE00 accueil', 'Réclamation \uD83D', '\uDFFF\uD800'];
const multiLine = ['Ligne un\nLigne deux', 'Ligne un\r\nLigne deux', 'Ligne un\rLigne deux', 'Ligne un\u2028Ligne deux'];
const unknownIds = [987_654, 2_147_483_647, Number.MAX_SAFE_INTEGER];

type Bad = { kind: 'date' | 'malformed' | 'multiLine' | 'unknownId'; value: unknown };

/** A bad value of the kind a slot holds. */
const badFor = (slot: Slot): fc.Arbitrary<Bad> => {
  switch (slot.kind) {
    case 'date':
      return fc.constantFrom(...outOfRangeDates).map((value) => ({ kind: 'date' as const, value }));
    case 'id':
      return fc.constantFrom(...unknownIds).map((value) => ({ kind: 'unknownId' as const, value }));
    case 'line':
      return fc.oneof(
        fc.constantFrom(...multiLine).map((value) => ({ kind: 'multiLine' as const, value })),
        fc.constantFrom(...malformed).map((value) => ({ kind: 'malformed' as const, value })),
      );
    case 'text':
      return fc.constantFrom(...malformed).map((value) => ({ kind: 'malformed' as const, value }));
  }
};

/** An input shaped like the contract, with (most often) one slot holding a bad value. */
export const contractCase = (method: MethodName) =>
  contractInput(method).chain((generated) =>
    generated.slots.length === 0
      ? fc.constant({ input: generated.value, slot: null, bad: null })
      : fc.oneof(
          { weight: 1, arbitrary: fc.constant({ input: generated.value, slot: null, bad: null }) },
          {
            weight: 4,
            arbitrary: fc
              .constantFrom(...generated.slots)
              .chain((slot) => badFor(slot).map((bad) => ({ input: replaceAt(generated.value, slot.path, bad.value), slot, bad }))),
          },
        ),
  );

/** The field a refusal names for a slot: its path, or (inside a union zod could not decide) an ancestor. */
const namesField = (fields: Record<string, string> | undefined, path: readonly string[]): string | null => {
  const key = path.join('.');
  return Object.keys(fields ?? {}).find((candidate) => candidate === key || key.startsWith(`${candidate}.`)) ?? null;
};

/**
 * Out-of-range dates, broken text and line breaks in single-line fields are refused, on their
 * field, with the French message; an unknown id may be refused any way but `internal`.
 */
export const expectFrenchRefusal = (method: string, input: unknown, slot: Slot | null, bad: Bad | null, result: Result<unknown>): void => {
  const shown = JSON.stringify(input)?.slice(0, 300);
  if (!result.ok) expect(result.error.code, `${method} ${shown}: ${result.error.message}`).not.toBe('internal');
  if (slot === null || bad === null || bad.kind === 'unknownId') return;
  expect(result.ok, `${method} accepted ${shown}`).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('invalid_input');
  const field = namesField(result.error.fields, slot.path);
  expect(field, `${method} ${shown}: ${JSON.stringify(result.error.fields)}`).not.toBeNull();
  if (field !== slot.path.join('.')) return;
  const message = result.error.fields?.[field] ?? '';
  if (bad.kind === 'date') expect(message).toMatch(/entre le 1er janvier 2000 et le 31 décembre 2100/);
  if (bad.kind === 'malformed') expect(message).toBe(MALFORMED_TEXT_MESSAGE);
  if (bad.kind === 'multiLine') expect(message).toMatch(/une seule ligne/);
};
