import { z } from 'zod';
import {
  MAX_IMPORT_CHARS,
  MAX_REQUIREMENTS,
  REFERENTIAL_FORMAT,
  REFERENTIAL_FORMAT_VERSION,
  documentedInformationKinds,
  linkEntities,
  orderParentsFirst,
  referentialKinds,
  referentialSources,
} from '../domain/referentials';
import { idSchema, optionalLine, optionalText, requiredLine, requiredText } from './common';

export const referentialKindSchema = z.enum(referentialKinds, { error: 'Choisissez le type de référentiel.' });
export const referentialSourceSchema = z.enum(referentialSources);
export const linkEntitySchema = z.enum(linkEntities, { error: 'Type d’enregistrement inconnu.' });

/** "4.1", "8.5.1", "Q-12", "C2 b": letters, digits, and . - _ / or spaces between them. */
export const requirementNumberSchema = requiredLine('Le numéro', 30).refine(
  (value) => /^[\p{L}\p{N}](?:[\p{L}\p{N}._/ -]*[\p{L}\p{N}])?$/u.test(value),
  'Le numéro commence et finit par une lettre ou un chiffre (exemples : 4.1, 8.5.1, Q-12).',
);

export const referentialCodeSchema = z
  .string({ error: 'Le code est obligatoire.' })
  .regex(/^[a-z0-9][a-z0-9._-]{0,59}$/, 'Le code s’écrit en minuscules sans accents ni espaces (exemple : cedre-iso-9001-v2).');

/** What a requirement asks to maintain or retain as documented information. */
export const documentedInformationSchema = z
  .object({
    kind: z.enum(documentedInformationKinds, { error: 'Information documentée : « tenir_a_jour » ou « conserver ».' }),
    what: requiredText('L’information documentée', 300),
  })
  .strict();

/** A referential as listed: what it is, what it is based on, and how many requirements it holds. */
export const referentialSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  edition: z.string(),
  kind: referentialKindSchema,
  baseId: idSchema.nullable(),
  baseName: z.string().nullable(),
  source: referentialSourceSchema,
  requirementCount: z.number().int(),
  nonApplicableCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Referential = z.infer<typeof referentialSchema>;

export const requirementSchema = z.object({
  id: idSchema,
  referentialId: idSchema,
  number: z.string(),
  titleFr: z.string(),
  titleEn: z.string().nullable(),
  text: z.string().nullable(),
  parentId: idSchema.nullable(),
  /** Shown where the requirement is (an amendment's note); shipped or imported, not typed. */
  note: z.string().nullable(),
  documentedInformation: z.array(documentedInformationSchema),
  /** Can only give a major nonconformity (some Qualiopi indicators). */
  majorOnly: z.boolean(),
  applicable: z.boolean(),
  nonApplicableJustification: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Requirement = z.infer<typeof requirementSchema>;

export type RequirementNode = Requirement & { children: RequirementNode[] };
export const requirementNodeSchema: z.ZodType<RequirementNode> = requirementSchema.extend({
  get children() {
    return z.array(requirementNodeSchema);
  },
});

export const referentialDetailSchema = z.object({ referential: referentialSchema, requirements: z.array(requirementNodeSchema) });
export type ReferentialDetail = z.infer<typeof referentialDetailSchema>;

const requirementBriefSchema = z.object({ id: idSchema, number: z.string(), titleFr: z.string(), applicable: z.boolean() });
const childBriefSchema = requirementBriefSchema.extend({ documentedInformation: z.array(documentedInformationSchema) });

/** One requirement with where it sits: its referential, its parent and its sub-requirements. */
export const requirementDetailSchema = requirementSchema.extend({
  referentialName: z.string(),
  referentialSource: referentialSourceSchema,
  parent: requirementBriefSchema.nullable(),
  /** With what each asks to maintain or retain, so a clause shows its sub-clauses' documented information. */
  children: z.array(childBriefSchema),
});
export type RequirementDetail = z.infer<typeof requirementDetailSchema>;

/** A requirement offered in the link combobox, or shown as linked to a record. */
export const requirementOptionSchema = requirementBriefSchema.extend({
  titleEn: z.string().nullable(),
  referentialId: idSchema,
  referentialName: z.string(),
});
export type RequirementOption = z.infer<typeof requirementOptionSchema>;

/** A document answering a requirement. */
export const linkedDocumentSchema = z.object({ id: idSchema, reference: z.string(), title: z.string(), status: z.string() });
export type LinkedDocument = z.infer<typeof linkedDocumentSchema>;

export const requirementAnswersSchema = z.object({
  documents: z.array(linkedDocumentSchema),
  /** Functions, trainings, providers, surveys and the context registers' records that evidence it. */
  records: z.array(z.object({ entity: linkEntitySchema, id: idSchema, label: z.string() })),
});
export type RequirementAnswers = z.infer<typeof requirementAnswersSchema>;

// Inputs

export const referentialCreateSchema = z
  .object({
    name: requiredLine('Le nom du référentiel', 120),
    edition: requiredLine('L’édition', 60),
    baseId: idSchema.nullable(),
  })
  .strict();
export type ReferentialCreate = z.input<typeof referentialCreateSchema>;

export const requirementFieldsSchema = z
  .object({
    number: requirementNumberSchema,
    titleFr: requiredLine('Le titre', 300),
    titleEn: optionalLine('Le titre anglais', 300),
    text: optionalText('Le texte', 10_000),
    parentId: idSchema.nullable(),
  })
  .strict();
export type RequirementFields = z.input<typeof requirementFieldsSchema>;

export const requirementCreateSchema = z.object({ referentialId: idSchema, fields: requirementFieldsSchema }).strict();
export const requirementUpdateSchema = z.object({ id: idSchema, fields: requirementFieldsSchema }).strict();

const JUSTIFICATION_REQUIRED = 'Justifiez la non-applicabilité (elle figure dans le domaine d’application, § 4.3).';

/** Applicable again, or non applicable with a justification (mandatory: the auditor asks for it). */
export const applicabilityFieldsSchema = z
  .object({
    applicable: z.boolean({ error: 'Indiquez si l’exigence est applicable.' }),
    justification: optionalText('La justification', 2000),
  })
  .strict()
  .superRefine((fields, ctx) => {
    if (!fields.applicable && fields.justification === null) {
      ctx.addIssue({ code: 'custom', path: ['justification'], message: JUSTIFICATION_REQUIRED });
    }
  });
export type ApplicabilityFields = z.input<typeof applicabilityFieldsSchema>;
export const applicabilitySchema = z.object({ id: idSchema, fields: applicabilityFieldsSchema }).strict();

export const linkSchema = z.object({ requirementId: idSchema, entity: linkEntitySchema, entityId: idSchema }).strict();
export const linksForSchema = z.object({ entity: linkEntitySchema, entityId: idSchema }).strict();

export const referentialImportSchema = z
  .object({
    json: z
      .string({ error: 'Choisissez un fichier de référentiel.' })
      .max(
        MAX_IMPORT_CHARS,
        `Ce fichier est trop volumineux pour un référentiel (plus de ${MAX_IMPORT_CHARS} caractères). Rien n’a été importé.`,
      ),
  })
  .strict();

export const referentialExportSchema = z.object({ fileName: z.string(), json: z.string() });
export type ReferentialExport = z.infer<typeof referentialExportSchema>;

// The exchange format (export, import, and the referentials shipped with Sève)

const fileRequirementSchema = z
  .object({
    number: requirementNumberSchema,
    titleFr: requiredLine('Le titre français', 300),
    titleEn: requiredLine('Le titre anglais', 300).optional(),
    text: requiredText('Le texte', 10_000).optional(),
    parent: requirementNumberSchema.optional(),
    note: requiredText('La note', 1000).optional(),
    documentedInformation: z.array(documentedInformationSchema).max(10, 'Pas plus de 10 informations documentées par exigence.').optional(),
    majorOnly: z.boolean({ error: '« majorOnly » vaut true ou false.' }).optional(),
  })
  .strict();

/** `{ format, formatVersion, referential, requirements }`: what Sève writes on export and reads on import. */
export const referentialFileSchema = z
  .object({
    format: z.literal(REFERENTIAL_FORMAT, {
      error: `Ce fichier n’est pas un référentiel Sève (format « ${REFERENTIAL_FORMAT} » attendu).`,
    }),
    formatVersion: z.literal(REFERENTIAL_FORMAT_VERSION, {
      error: 'Ce référentiel vient d’une version plus récente de Sève (ou d’un autre logiciel) : mettez Sève à jour pour l’importer.',
    }),
    referential: z
      .object({
        code: referentialCodeSchema,
        name: requiredLine('Le nom du référentiel', 120),
        edition: requiredLine('L’édition', 60),
        kind: referentialKindSchema,
        base: referentialCodeSchema.optional(),
      })
      .strict(),
    requirements: z
      .array(fileRequirementSchema, { error: 'La liste des exigences manque.' })
      .min(1, 'Le référentiel ne contient aucune exigence.')
      .max(MAX_REQUIREMENTS, `Un référentiel compte au plus ${MAX_REQUIREMENTS} exigences.`),
  })
  .strict()
  .superRefine((file, ctx) => {
    const checked = orderParentsFirst(file.requirements);
    if (checked.ok) return;
    for (const problem of checked.problems)
      ctx.addIssue({ code: 'custom', path: ['requirements', problem.index, problem.field], message: problem.message });
  });
export type ReferentialFile = z.output<typeof referentialFileSchema>;
