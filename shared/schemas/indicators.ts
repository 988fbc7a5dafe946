import { z } from 'zod';
import { checkMeasurement, checkTargets, type ValueRules } from '../domain/indicator-values';
import { indicatorStates } from '../domain/indicator-state';
import {
  chartKinds,
  gridRule,
  indicatorDirections,
  indicatorFrequencies,
  indicatorThemes,
  indicatorUnits,
  isOnGrid,
  MAX_ENTRY_DELAY_DAYS,
  MAX_RATE_PARTS,
} from '../domain/indicators';
import { calendarDateSchema, idSchema, optionalLine, optionalText, required, requiredLine } from './common';

const revisionSchema = z.number({ error: 'Révision invalide.' }).int().nonnegative();
/** Any number a person may type; the unit's range is checked by the domain rules. */
const numberOf = (label: string) => z.number({ error: `${label} doit être un nombre.` });

const expectedSchema = z.object({ periodStart: calendarDateSchema, periodEnd: calendarDateSchema, due: calendarDateSchema });

export const measurementSchema = z.object({
  id: idSchema,
  indicatorId: idSchema,
  periodStart: calendarDateSchema,
  periodEnd: calendarDateSchema,
  /** "T2 2026", "mars 2026". */
  periodLabel: z.string(),
  value: z.number(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  parts: z.array(z.number()).nullable(),
  comment: z.string().nullable(),
  state: z.enum(indicatorStates),
  recordedAt: z.string(),
});
export type Measurement = z.infer<typeof measurementSchema>;

export const indicatorSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string().nullable(),
  theme: z.enum(indicatorThemes),
  processId: idSchema.nullable(),
  processName: z.string().nullable(),
  ownerId: idSchema,
  ownerName: z.string(),
  unit: z.enum(indicatorUnits),
  scaleMax: z.number().nullable(),
  direction: z.enum(indicatorDirections),
  target: z.number().nullable(),
  alertThreshold: z.number().nullable(),
  frequency: z.enum(indicatorFrequencies),
  firstPeriod: calendarDateSchema,
  entryDelayDays: z.number().int(),
  chartKind: z.enum(chartKinds),
  numeratorLabel: z.string().nullable(),
  denominatorLabel: z.string().nullable(),
  partLabels: z.array(z.string()).nullable(),
  templateCode: z.string().nullable(),
  active: z.boolean(),
  /** The earliest period without a measurement, and the day it is expected by. */
  nextMeasurement: expectedSchema,
  /** Periods whose measurement is overdue today. */
  lateCount: z.number().int(),
  latest: measurementSchema.nullable(),
  state: z.enum(indicatorStates),
  measurementCount: z.number().int(),
  revision: z.number().int(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorDetailSchema = indicatorSchema.extend({
  /** Oldest first, as the chart reads them. */
  measurements: z.array(measurementSchema),
  latePeriods: z.array(expectedSchema),
  objectives: z.array(z.object({ id: idSchema, title: z.string() })),
});
export type IndicatorDetail = z.infer<typeof indicatorDetailSchema>;

/** What the indicator form edits; the cross-field rules are the domain's, so the form and the backend agree. */
export const indicatorFieldsSchema = z
  .object({
    name: requiredLine('Le nom de l’indicateur', 200),
    description: optionalText('La description', 2000),
    theme: z.enum(indicatorThemes, { error: 'Choisissez le thème.' }),
    processId: idSchema.nullable(),
    ownerId: required(idSchema, 'Indiquez le responsable de l’indicateur.'),
    unit: z.enum(indicatorUnits, { error: 'Choisissez l’unité.' }),
    scaleMax: numberOf('Le maximum de la note').positive('Le maximum de la note est supérieur à zéro.').max(1000).nullable(),
    direction: z.enum(indicatorDirections, { error: 'Dites si plus haut ou plus bas est mieux.' }),
    target: numberOf('La cible').nullable(),
    alertThreshold: numberOf('Le seuil d’alerte').nullable(),
    frequency: z.enum(indicatorFrequencies, { error: 'Choisissez la fréquence de mesure.' }),
    firstPeriod: required(calendarDateSchema, 'Indiquez la première période suivie.'),
    entryDelayDays: numberOf('Le délai de saisie')
      .int('Le délai de saisie est un nombre entier de jours.')
      .min(0, 'Le délai de saisie ne peut pas être négatif.')
      .max(MAX_ENTRY_DELAY_DAYS, `Le délai de saisie ne dépasse pas ${MAX_ENTRY_DELAY_DAYS} jours.`),
    chartKind: z.enum(chartKinds, { error: 'Choisissez le type de graphique.' }),
    numeratorLabel: optionalLine('Le libellé du numérateur', 120),
    denominatorLabel: optionalLine('Le libellé du dénominateur', 120),
    partLabels: z
      .array(requiredLine('Le libellé de la composante', 80))
      .max(MAX_RATE_PARTS, `Un numérateur a au plus ${MAX_RATE_PARTS} composantes.`)
      .nullable(),
    templateCode: z
      .string()
      .regex(/^[a-z_]{1,40}$/, 'Modèle inconnu.')
      .nullable(),
    active: z.boolean({ error: 'Indiquez si l’indicateur est suivi.' }),
  })
  .strict()
  .superRefine((fields, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (fields.unit === 'note' && fields.scaleMax === null) issue('scaleMax', 'Indiquez sur combien la note est donnée (5, 10, 20…).');
    if (fields.unit !== 'note' && fields.scaleMax !== null) issue('scaleMax', 'Seule une note a un maximum.');
    if (!isOnGrid(fields.frequency, fields.firstPeriod)) {
      issue('firstPeriod', `Pour une mesure ${fields.frequency}, la première période commence ${gridRule[fields.frequency]}.`);
    }
    const rate = fields.numeratorLabel !== null || fields.denominatorLabel !== null;
    if (rate && fields.unit !== 'pourcentage') issue('denominatorLabel', 'Seul un indicateur en pourcentage se calcule en taux.');
    if (rate && fields.numeratorLabel === null) issue('numeratorLabel', 'Nommez le numérateur du taux.');
    if (rate && fields.denominatorLabel === null) issue('denominatorLabel', 'Nommez le dénominateur du taux.');
    if (fields.partLabels !== null && fields.partLabels.length > 0 && !rate) {
      issue('partLabels', 'Des composantes se définissent pour le numérateur d’un taux.');
    }
    for (const [path, message] of Object.entries(checkTargets(fields))) issue(path, message);
  });
export type IndicatorFields = z.input<typeof indicatorFieldsSchema>;

export const indicatorUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: indicatorFieldsSchema }).strict();

export const indicatorListQuerySchema = z.object({ includeInactive: z.boolean().optional() }).strict();

/**
 * One measurement as typed: a value, or a rate's counts (numerator or its parts, and denominator).
 * A period that already has one is refused unless `replace` says to replace it.
 */
export const measurementAddSchema = z
  .object({
    indicatorId: idSchema,
    periodStart: required(calendarDateSchema, 'Choisissez la période mesurée.'),
    value: numberOf('La valeur').nullable(),
    numerator: numberOf('Le numérateur').nullable(),
    denominator: numberOf('Le dénominateur').nullable(),
    parts: z.array(numberOf('Chaque composante')).max(MAX_RATE_PARTS).nullable(),
    comment: optionalText('Le commentaire', 2000),
    replace: z.boolean().optional(),
  })
  .strict();
export type MeasurementAdd = z.input<typeof measurementAddSchema>;

/**
 * One period's measurement as a form types it for an indicator whose value rules are `rules`: the
 * backend's own check (`checkMeasurement`, the one rule) run as a refinement, so a numerator above
 * its denominator or a value out of its unit's range is refused on its field before anything is sent.
 */
export const measurementEntrySchema = (rules: ValueRules) =>
  measurementAddSchema.omit({ indicatorId: true, replace: true }).superRefine((entry, ctx) => {
    const checked = checkMeasurement(rules, entry);
    if (checked.ok) return;
    for (const [field, message] of Object.entries(checked.errors)) {
      ctx.addIssue({ code: 'custom', path: field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)), message });
    }
  });

export const measurementRemoveSchema = z.object({ id: idSchema }).strict();

/** A template offered when creating an indicator (shared/domain/indicator-templates.ts). */
export const indicatorTemplateSchema = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  theme: z.enum(indicatorThemes),
  unit: z.enum(indicatorUnits),
  scaleMax: z.number().nullable(),
  direction: z.enum(indicatorDirections),
  target: z.number().nullable(),
  alertThreshold: z.number().nullable(),
  frequency: z.enum(indicatorFrequencies),
  chartKind: z.enum(chartKinds),
  numeratorLabel: z.string().nullable(),
  denominatorLabel: z.string().nullable(),
  partLabels: z.array(z.string()).nullable(),
});
