import { z } from 'zod';
import { dateInWords } from '../domain/dates';
import { calendarDateSchema, idSchema, optionalText, required, requiredText } from './common';

export const revisionSchema = z.number({ error: 'Révision invalide.' }).int().nonnegative();

/** A review of a register record: the day it was reviewed, and the next review's due date. */
export const registerReviewFieldsSchema = z
  .object({
    reviewedOn: required(calendarDateSchema, 'Indiquez la date de la revue.'),
    nextReviewDue: required(calendarDateSchema, 'Indiquez la date de la prochaine revue.'),
    comment: optionalText('Le commentaire', 2000),
  })
  .strict()
  .superRefine((fields, ctx) => {
    if (fields.reviewedOn && fields.nextReviewDue && fields.nextReviewDue <= fields.reviewedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['nextReviewDue'],
        message: `La prochaine revue (${dateInWords(fields.nextReviewDue)}) doit venir après cette revue (${dateInWords(fields.reviewedOn)}).`,
      });
    }
  });
export type RegisterReviewFields = z.input<typeof registerReviewFieldsSchema>;
export const registerReviewSchema = z.object({ id: idSchema, revision: revisionSchema, fields: registerReviewFieldsSchema }).strict();

/** Retiring a record that no longer applies: when, and why. */
export const registerRetireFieldsSchema = z
  .object({
    retiredOn: required(calendarDateSchema, 'Indiquez la date du retrait.'),
    reason: requiredText('Le motif du retrait', 2000),
  })
  .strict();
export type RegisterRetireFields = z.input<typeof registerRetireFieldsSchema>;
export const registerRetireSchema = z.object({ id: idSchema, revision: revisionSchema, fields: registerRetireFieldsSchema }).strict();
