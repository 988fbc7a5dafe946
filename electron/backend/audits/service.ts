import type { z } from 'zod';
import type { Audit, auditFieldsSchema, auditListQuerySchema, auditUpdateSchema } from '../../../shared/schemas/audits';
import { ServiceError, invalidField } from '../errors';
import { idsParam, wordsParam } from '../search/fold';
import { creationFields, diffFields } from '../history/changes';
import { namedPerson } from '../people/lookup';
import type { AuditsContext } from './context';
import type { Participant } from './audit-team-scope';
import type { AuditValues } from './repository';

type Fields = z.output<typeof auditFieldsSchema>;

/** What history keeps of an audit: names, as they read at the time. */
const snapshot = (audit: Audit) => ({
  type: audit.type,
  certification: audit.certificationScheme,
  title: audit.title,
  startDate: audit.startDate,
  endDate: audit.endDate,
  reportNotifiedOn: audit.reportNotifiedOn,
  status: audit.status,
  leadAuditor: audit.leadAuditor?.name ?? null,
  auditors: audit.auditors.map((auditor) => auditor.name).join(', ') || null,
  auditees: audit.auditees.map((auditee) => auditee.name).join(', ') || null,
  processes: audit.processes.map((process) => process.name).join(', ') || null,
  requirements: audit.requirements.map((requirement) => requirement.number).join(', ') || null,
  notes: audit.notes,
});

/** Called in the audit's transaction after it is saved: findings whose deadlines count from its report follow it. */
type AfterSave = (before: Audit, after: Audit, at: string) => void;

/** Checks every link of the form (people, processes, requirements, certification) and builds what is stored. */
const checked = (repos: AuditsContext['repos'], fields: Fields, prefix: string, current: Audit | null) => {
  if (fields.certificationId !== null && !repos.certifications.get(fields.certificationId)) {
    throw invalidField(`${prefix}certificationId`, 'Cette certification n’existe pas.');
  }
  const wasNamed = (personId: number | null) =>
    current && personId !== null && [current.leadAuditor, ...current.auditors].some((a) => a?.personId === personId) ? personId : null;
  const lead = fields.leadAuditor;
  if (lead?.personId != null) namedPerson(repos.people, lead.personId, `${prefix}leadAuditor`, wasNamed(lead.personId));
  fields.auditors.forEach((auditor, index) => {
    if (auditor.personId !== null) namedPerson(repos.people, auditor.personId, `${prefix}auditors.${index}`, wasNamed(auditor.personId));
  });
  fields.auditeeIds.forEach((id, index) => {
    if (!repos.people.get(id)) throw invalidField(`${prefix}auditeeIds.${index}`, 'Cette personne n’existe pas dans l’annuaire.');
  });
  fields.processIds.forEach((id, index) => {
    if (!repos.processes.get(id)) throw invalidField(`${prefix}processIds.${index}`, 'Ce processus n’existe pas.');
  });
  fields.requirementIds.forEach((id, index) => {
    if (!repos.requirementExists.get(id)) throw invalidField(`${prefix}requirementIds.${index}`, 'Cette exigence n’existe pas.');
  });
  const values: AuditValues = {
    certificationId: fields.certificationId,
    type: fields.type,
    title: fields.title,
    startDate: fields.startDate,
    endDate: fields.endDate,
    reportNotifiedOn: fields.reportNotifiedOn === undefined ? (current?.reportNotifiedOn ?? null) : fields.reportNotifiedOn,
    status: fields.status,
    leadAuditorId: lead?.personId ?? null,
    leadAuditorExternal: lead?.externalName ?? null,
    windowStart: current?.windowStart ?? null,
    windowEnd: current?.windowEnd ?? null,
    cycleSlot: current?.cycleSlot ?? null,
    notes: fields.notes,
  };
  if (values.reportNotifiedOn !== null && values.reportNotifiedOn < values.endDate) {
    throw invalidField(
      `${prefix}reportNotifiedOn`,
      'Le rapport est notifié après l’audit : la date de notification ne peut pas précéder la fin de l’audit.',
    );
  }
  const participants: Participant[] = [
    ...fields.auditors.map((auditor) => ({ role: 'auditeur' as const, personId: auditor.personId, externalName: auditor.externalName })),
    ...[...new Set(fields.auditeeIds)].map((personId) => ({ role: 'audite' as const, personId, externalName: null })),
  ];
  return { values, participants };
};

/** The audit to change, refused when someone changed it since the page was loaded. */
const mustBeCurrent = (ac: AuditsContext, id: number, revision: number): Audit => {
  const audit = ac.mustGetAudit(id);
  if (audit.revision !== revision)
    throw new ServiceError('conflict', `L’audit ${audit.reference} a été modifié entre-temps. Rechargez la page.`);
  return audit;
};

/** Audits to read, and an audit's record, team and scope to create or edit. */
const createAuditRecords = (ac: AuditsContext, afterSave: AfterSave) => {
  const { repos } = ac;

  const save = (id: number, fields: Fields, prefix: string, current: Audit | null, at: string): void => {
    const { values, participants } = checked(repos, fields, prefix, current);
    repos.audits.update(id, values, at);
    repos.audits.setParticipants(id, participants);
    repos.audits.setScope(id, fields.processIds, fields.requirementIds);
  };

  return {
    list: (query: z.output<typeof auditListQuerySchema>): Audit[] =>
      repos.audits.list({
        certificationId: query.certificationId ?? null,
        year: query.year ?? null,
        includeCancelled: query.includeCancelled ?? false,
        words: wordsParam(query.search),
        ids: idsParam(query.ids),
        limit: query.limit ?? null,
      }),
    get: ac.mustGetAudit,

    create: (fields: Fields): Audit =>
      ac.db
        .transaction(() => {
          const { values } = checked(repos, fields, '', null);
          const at = ac.now().toISOString();
          const id = repos.audits.insert(repos.sequences.auditReference(Number(fields.startDate.slice(0, 4))), values, at);
          save(id, fields, '', null, at);
          const created = ac.mustGetAudit(id);
          ac.record('audit', id, 'create', creationFields({ reference: created.reference, ...snapshot(created) }), at);
          return created;
        })
        .immediate(),

    update: (input: z.output<typeof auditUpdateSchema>): Audit =>
      ac.db
        .transaction(() => {
          const current = mustBeCurrent(ac, input.id, input.revision);
          if (current.status === 'annule' && input.fields.status !== 'annule') {
            throw invalidField('fields.status', 'Un audit annulé le reste : planifiez-en un nouveau.');
          }
          const at = ac.now().toISOString();
          save(input.id, input.fields, 'fields.', current, at);
          const updated = ac.mustGetAudit(input.id);
          const changes = diffFields(snapshot(current), snapshot(updated));
          if (changes.length > 0) ac.record('audit', input.id, 'update', changes, at);
          afterSave(current, updated, at);
          return ac.mustGetAudit(input.id);
        })
        .immediate(),
  };
};

/** An audit's end other than being held: cancelled with its reason, or deleted when entered by mistake. */
const createAuditRemovals = (ac: AuditsContext) => {
  const { repos } = ac;
  return {
    /** Cancels an audit, with the reason; it stays in the file and in history. */
    cancel: (input: { id: number; revision: number; comment: string }): Audit =>
      ac.db
        .transaction(() => {
          const current = mustBeCurrent(ac, input.id, input.revision);
          if (current.status === 'annule') throw new ServiceError('conflict', `L’audit ${current.reference} est déjà annulé.`);
          const at = ac.now().toISOString();
          repos.audits.setStatus(input.id, 'annule', at);
          ac.record(
            'audit',
            input.id,
            'cancel',
            [
              { field: 'status', before: current.status, after: 'annule' },
              { field: 'comment', before: null, after: input.comment },
            ],
            at,
          );
          return ac.mustGetAudit(input.id);
        })
        .immediate(),

    /** Deletes an audit entered by mistake; one with findings or a report file is cancelled instead. */
    remove: (input: { id: number; revision: number }, attachedFiles: (auditId: number) => number): null =>
      ac.db
        .transaction(() => {
          const current = mustBeCurrent(ac, input.id, input.revision);
          if (repos.audits.findingCount(input.id) > 0) {
            throw new ServiceError(
              'conflict',
              `L’audit ${current.reference} a des constats : il ne peut pas être supprimé. Annulez-le plutôt (il restera dans l’historique).`,
            );
          }
          if (attachedFiles(input.id) > 0) {
            throw new ServiceError(
              'conflict',
              `L’audit ${current.reference} a un rapport joint : il ne peut pas être supprimé. Annulez-le plutôt.`,
            );
          }
          repos.audits.remove(input.id);
          ac.record('audit', input.id, 'delete', [{ field: 'reference', before: current.reference, after: null }], ac.now().toISOString());
          return null;
        })
        .immediate(),
  };
};

/** Audits, internal and external: the record, its team and scope; cancelling rather than deleting once it has findings. */
export const createAuditsService = (ac: AuditsContext, afterSave: AfterSave) => ({
  ...createAuditRecords(ac, afterSave),
  ...createAuditRemovals(ac),
});
