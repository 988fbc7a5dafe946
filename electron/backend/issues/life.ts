import type { z } from 'zod';
import { outOfOrder } from '../../../shared/domain/dates';
import type { RegisterStatus } from '../../../shared/domain/register-life';
import { dateRuleMessages } from '../../../shared/domain/nonconformities';
import type { registerRetireFieldsSchema, registerReviewFieldsSchema } from '../../../shared/schemas/register-life';
import { ServiceError, invalidField } from '../errors';

/** The dates of a register record's life the rules below compare. */
export type RecordLife = {
  identifiedOn: string;
  lastReviewedOn: string | null;
  status: RegisterStatus;
  retiredOn: string | null;
};

type Reviewed = z.output<typeof registerReviewFieldsSchema>;
type Retired = z.output<typeof registerRetireFieldsSchema>;

export const notInFuture = (date: string, today: string, field: string, what: string): void => {
  if (date > today) throw invalidField(field, dateRuleMessages.inFuture(what));
};

/**
 * The rules shared by the context registers (issues, parties, risks): a record is identified not in
 * the future; reviewed while active, on a day not in the future, not before its identification nor
 * its previous review; retired while active, on a day not before its identification nor its last review.
 * `named` is how the refusals name the record ("L’enjeu « Baisse des financements »").
 */
export const registerLife = (today: () => string, named: string) => ({
  /** The identification day given on creation or edit, against what already followed it. */
  identified: (identifiedOn: string, field: string, current?: RecordLife): void => {
    if (identifiedOn !== current?.identifiedOn) notInFuture(identifiedOn, today(), field, 'La date d’identification');
    const later = current?.lastReviewedOn ?? null;
    if (later !== null && later < identifiedOn) {
      throw invalidField(field, outOfOrder('La dernière revue', later, 'l’identification', identifiedOn));
    }
  },

  reviewed: (current: RecordLife, fields: Reviewed): void => {
    if (current.status !== 'actif') throw new ServiceError('conflict', `${named} est retiré du registre : il ne se revoit plus.`);
    notInFuture(fields.reviewedOn, today(), 'fields.reviewedOn', 'La date de la revue');
    if (fields.reviewedOn < current.identifiedOn) {
      throw invalidField('fields.reviewedOn', outOfOrder('La revue', fields.reviewedOn, 'l’identification', current.identifiedOn));
    }
    if (current.lastReviewedOn !== null && fields.reviewedOn < current.lastReviewedOn) {
      throw invalidField('fields.reviewedOn', outOfOrder('La revue', fields.reviewedOn, 'la revue précédente', current.lastReviewedOn));
    }
  },

  retired: (current: RecordLife, fields: Retired): void => {
    if (current.status !== 'actif') throw new ServiceError('conflict', `${named} est déjà retiré du registre.`);
    notInFuture(fields.retiredOn, today(), 'fields.retiredOn', 'La date du retrait');
    if (fields.retiredOn < current.identifiedOn) {
      throw invalidField('fields.retiredOn', outOfOrder('Le retrait', fields.retiredOn, 'l’identification', current.identifiedOn));
    }
    if (current.lastReviewedOn !== null && fields.retiredOn < current.lastReviewedOn) {
      throw invalidField('fields.retiredOn', outOfOrder('Le retrait', fields.retiredOn, 'la dernière revue', current.lastReviewedOn));
    }
  },

  /** A retired record is kept as it was when it left the register. */
  editable: (current: RecordLife): void => {
    if (current.status !== 'actif') throw new ServiceError('conflict', `${named} est retiré du registre : il ne se modifie plus.`);
  },
});
