import type { z } from 'zod';
import { isExternalAudit, isHeldAudit } from '../../../shared/domain/audits';
import { outOfOrder, toCalendarDate } from '../../../shared/domain/dates';
import type { Audit, auditReportUpdateSchema } from '../../../shared/schemas/audits';
import { ServiceError, invalidField } from '../errors';
import { diffFields } from '../history/changes';
import type { AuditsContext } from './context';
import { markHeldOnRecording } from './held-on-recording';

/** What history keeps of a report: its texts, and who acknowledged it (by name, as it read then). */
const snapshot = (audit: Audit) => ({
  objectives: audit.report.objectives,
  criteria: audit.report.criteria,
  conclusion: audit.report.conclusion,
  signedOffBy: audit.report.signedOffBy?.name ?? null,
  signedOffOn: audit.report.signedOffOn,
});

/**
 * An internal audit's report (ISO 19011 §6.5): its objectives, criteria and conclusion, then the
 * acknowledgement of an audited person. A certification body's audit has the body's own report:
 * Sève records its findings and the structure's responses, never a report in its name.
 */
export const createAuditReportService = (ac: AuditsContext) => ({
  save: (input: z.output<typeof auditReportUpdateSchema>): Audit =>
    ac.db
      .transaction(() => {
        const stored = ac.mustGetAudit(input.id);
        if (stored.revision !== input.revision)
          throw new ServiceError('conflict', `L’audit ${stored.reference} a été modifié entre-temps. Rechargez la page.`);
        if (isExternalAudit(stored.type)) {
          throw new ServiceError(
            'conflict',
            `${stored.reference} est un audit de l’organisme certificateur : son rapport est celui de l’organisme. Enregistrez ses constats et vos réponses, et joignez son rapport à l’audit.`,
          );
        }
        if (stored.status === 'annule')
          throw new ServiceError('conflict', `L’audit ${stored.reference} est annulé : il n’a pas de rapport.`);
        const { fields } = input;
        const at = ac.now().toISOString();
        // A conclusion says the audit took place: a planned one becomes « Réalisé » (a future one is refused).
        const current = fields.conclusion === null ? stored : markHeldOnRecording(ac, stored, 'conclusion', at);
        if (fields.signedOffById !== null && fields.signedOffOn !== null) {
          const person = ac.repos.people.get(fields.signedOffById);
          if (!person) throw invalidField('fields.signedOffById', 'Cette personne n’existe pas dans l’annuaire.');
          if (current.auditees.length > 0 && !current.auditees.some((auditee) => auditee.id === person.id)) {
            throw invalidField(
              'fields.signedOffById',
              `${person.name} n’est pas parmi les audités de ${current.reference} : choisissez un audité, ou ajoutez cette personne aux audités.`,
            );
          }
          if (!isHeldAudit(current.status))
            throw invalidField('fields.signedOffOn', 'L’audit n’a pas encore eu lieu : l’audité valide le rapport après l’audit.');
          if (fields.conclusion === null)
            throw invalidField('fields.conclusion', 'Écrivez la conclusion de l’audit : c’est elle que l’audité valide.');
          if (fields.signedOffOn < current.endDate) {
            throw invalidField(
              'fields.signedOffOn',
              outOfOrder('La validation par l’audité', fields.signedOffOn, 'la fin de l’audit', current.endDate),
            );
          }
          if (fields.signedOffOn > toCalendarDate(ac.now()))
            throw invalidField('fields.signedOffOn', 'La date de validation ne peut pas être dans le futur.');
        }
        ac.repos.audits.updateReport(current.id, fields, at);
        const updated = ac.mustGetAudit(current.id);
        const changes = diffFields(snapshot(current), snapshot(updated));
        if (changes.length > 0) ac.record('audit', current.id, 'report_update', changes, at);
        return updated;
      })
      .immediate(),
});
