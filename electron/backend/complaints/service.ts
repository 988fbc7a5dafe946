import type { z } from 'zod';
import { complaintState, responseTimeDays } from '../../../shared/domain/complaints';
import { outOfOrder } from '../../../shared/domain/dates';
import type {
  Complaint,
  complaintFieldsSchema,
  complaintListQuerySchema,
  complaintOpenNonconformitySchema,
  complaintUpdateSchema,
} from '../../../shared/schemas/complaints';
import type { Nonconformity } from '../../../shared/schemas/nonconformities';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import type { LoopContext } from '../nonconformities/context';
import { namedPerson } from '../people/lookup';
import { createComplaintsRepository, type ComplaintValues, type StoredComplaint } from './repository';

type Fields = z.output<typeof complaintFieldsSchema>;

const snapshot = (complaint: Complaint) => ({
  complainantKind: complaint.complainantKind,
  complainant: complaint.complainant,
  receivedOn: complaint.receivedOn,
  channel: complaint.channel,
  subject: complaint.subject,
  process: complaint.processName,
  handledBy: complaint.handledByName,
  responseDue: complaint.responseDue,
  respondedOn: complaint.respondedOn,
  response: complaint.response,
  founded: complaint.founded,
  analysedOn: complaint.analysedOn,
  cause: complaint.cause,
  action: complaint.action?.reference ?? null,
});

/** The réclamations register: received, answered against a due date, and the nonconformity one may open. */
export const createComplaintsService = (ctx: ServiceContext, lc: LoopContext) => {
  const complaints = createComplaintsRepository(ctx.db);
  const { repos } = lc;

  const withTimes = (complaint: StoredComplaint): Complaint => ({
    ...complaint,
    responseDays: responseTimeDays(complaint.receivedOn, complaint.respondedOn),
    state: complaintState(complaint, lc.today()),
  });
  const mustGet = (id: number): Complaint => withTimes(complaints.get(id) ?? raise(notFound('Cette réclamation')));

  /** The stored values: the analysis as given, or as it was when an older caller leaves it out. */
  const checked = (fields: Fields, prefix: string, current?: Complaint): ComplaintValues => {
    namedPerson(repos.people, fields.handledById, `${prefix}handledById`, current?.handledById ?? null);
    if (fields.processId !== null && !repos.processes.get(fields.processId))
      throw invalidField(`${prefix}processId`, 'Ce processus n’existe pas.');
    if (fields.receivedOn > lc.today()) throw invalidField(`${prefix}receivedOn`, 'La date de réception ne peut pas être dans le futur.');
    if (fields.respondedOn !== null && fields.respondedOn > lc.today()) {
      throw invalidField(`${prefix}respondedOn`, 'La date de réponse ne peut pas être dans le futur.');
    }
    if (fields.respondedOn !== null && fields.response === null) {
      throw invalidField(`${prefix}response`, 'Résumez la réponse apportée, puisqu’elle a une date.');
    }
    const analysis = {
      founded: fields.founded === undefined ? (current?.founded ?? null) : fields.founded,
      analysedOn: fields.analysedOn === undefined ? (current?.analysedOn ?? null) : fields.analysedOn,
      cause: fields.cause === undefined ? (current?.cause ?? null) : fields.cause,
      actionId: fields.actionId === undefined ? (current?.action?.id ?? null) : fields.actionId,
    };
    if (analysis.analysedOn !== null && analysis.analysedOn > lc.today()) {
      throw invalidField(`${prefix}analysedOn`, 'La date de l’analyse ne peut pas être dans le futur.');
    }
    if (analysis.analysedOn !== null && analysis.analysedOn < fields.receivedOn) {
      throw invalidField(`${prefix}analysedOn`, outOfOrder('L’analyse', analysis.analysedOn, 'la réception', fields.receivedOn));
    }
    if ((analysis.founded === null) !== (analysis.analysedOn === null)) {
      throw invalidField(
        analysis.founded === null ? `${prefix}founded` : `${prefix}analysedOn`,
        analysis.founded === null ? 'Dites si la réclamation est fondée, puisque l’analyse a une date.' : 'Indiquez la date de l’analyse.',
      );
    }
    if (analysis.actionId !== null && !repos.actions.get(analysis.actionId)) {
      throw invalidField(`${prefix}actionId`, 'Cette action n’existe pas dans le plan d’actions.');
    }
    const { founded: _founded, analysedOn: _analysed, cause: _cause, actionId: _action, ...rest } = fields;
    return { ...rest, ...analysis };
  };

  return {
    list: (query: z.output<typeof complaintListQuerySchema>): Complaint[] => complaints.list(query.openOnly ?? false).map(withTimes),

    get: mustGet,

    create: (fields: Fields): Complaint =>
      ctx.db
        .transaction(() => {
          const at = ctx.now().toISOString();
          const reference = repos.sequences.complaintReference(Number(fields.receivedOn.slice(0, 4)));
          const id = complaints.insert(reference, checked(fields, ''), at);
          const created = mustGet(id);
          lc.record('complaint', id, 'create', creationFields({ reference, ...snapshot(created) }), at);
          return created;
        })
        .immediate(),

    update: (input: z.output<typeof complaintUpdateSchema>): Complaint =>
      ctx.db
        .transaction(() => {
          const current = mustGet(input.id);
          if (current.revision !== input.revision) {
            throw new ServiceError('conflict', `La réclamation ${current.reference} a été modifiée entre-temps. Rechargez la page.`);
          }
          const at = ctx.now().toISOString();
          complaints.update(current.id, checked(input.fields, 'fields.', current), at);
          const updated = mustGet(current.id);
          const changes = diffFields(snapshot(current), snapshot(updated));
          if (changes.length > 0) lc.record('complaint', current.id, 'update', changes, at);
          return updated;
        })
        .immediate(),

    /** Opens the réclamation's nonconformity in one step: detected on receipt, on the réclamation's process. */
    openNonconformity: (input: z.output<typeof complaintOpenNonconformitySchema>): Nonconformity =>
      ctx.db
        .transaction(() => {
          const current = mustGet(input.id);
          if (current.revision !== input.revision) {
            throw new ServiceError('conflict', `La réclamation ${current.reference} a été modifiée entre-temps. Rechargez la page.`);
          }
          if (current.nonconformity) {
            throw new ServiceError(
              'conflict',
              `La réclamation ${current.reference} a déjà sa non-conformité, ${current.nonconformity.reference} : complétez-la.`,
            );
          }
          const { severity, description, detectedById } = input.fields;
          namedPerson(repos.people, detectedById, 'fields.detectedById');
          const at = ctx.now().toISOString();
          const values = {
            detectedOn: current.receivedOn,
            detectedBy: detectedById ?? current.handledById,
            processId: current.processId,
            requirementId: null,
            requirementIds: [],
            description,
            severity,
          };
          const ncId = lc.openNonconformity('reclamation', values, at, { complaint: current.reference });
          complaints.linkNonconformity(current.id, ncId, at);
          const nc = lc.detail(ncId);
          lc.record('complaint', current.id, 'nonconformity_open', [{ field: 'nonconformity', before: null, after: nc.reference }], at);
          return nc;
        })
        .immediate(),
  };
};
