import type { z } from 'zod';
import { outOfOrder, toCalendarDate } from '../../../shared/domain/dates';
import { evaluationOutsideScale, riskScore, treatmentNeedsAction, treatmentsFor, type RiskScale } from '../../../shared/domain/risks';
import { riskTreatmentLabels } from '../../../shared/labels/risks';
import type { FieldChange } from '../../../shared/schemas/history';
import type { registerRetireSchema, registerReviewSchema } from '../../../shared/schemas/register-life';
import type {
  Risk,
  riskCreateSchema,
  riskFieldsSchema,
  riskListQuerySchema,
  riskReevaluateSchema,
  riskTreatSchema,
  riskUpdateSchema,
} from '../../../shared/schemas/risks';
import type { ActionsService } from '../actions/service';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createHistoryRepository } from '../history/repository';
import { notInFuture, registerLife } from '../issues/life';
import type { LoopContext } from '../nonconformities/context';
import { namedPerson } from '../people/lookup';
import { createNaturalLinks } from '../referentials/natural-links';
import { risksCsv } from './csv';
import { toRisk } from './mapping';
import { checkedOrigin } from './origin';
import { createRisksRepository, type EvaluationRow, type RiskRow } from './repository';
import { createRiskScale } from './scale-service';

type Fields = z.output<typeof riskFieldsSchema>;
type Query = z.output<typeof riskListQuerySchema>;

const snapshot = (risk: Risk) => ({
  kind: risk.kind,
  title: risk.title,
  description: risk.description,
  origin: risk.origin,
  originLabel: risk.originLabel,
  process: risk.processName,
  owner: risk.ownerName,
  identifiedOn: risk.identifiedOn,
  reviewDue: risk.reviewDue,
});

const evaluationFields = (prefix: string, scale: RiskScale, evaluation: { likelihood: number; impact: number }): void => {
  const outside = evaluationOutsideScale(evaluation, scale);
  if (outside === null) return;
  const field = evaluation.likelihood >= 1 && evaluation.likelihood <= scale.likelihood.length ? 'impact' : 'likelihood';
  throw invalidField(`${prefix}${field}`, outside);
};

/**
 * Risks and opportunities (§6.1): identified from the file's records, evaluated on the structure's
 * scale, treated by a decision and its actions of the plan, re-evaluated, reviewed and retired.
 */
export const createRisksService = (ctx: ServiceContext, lc: LoopContext, actions: ActionsService) => {
  const risks = createRisksRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const links = createNaturalLinks(ctx);
  const scales = createRiskScale(ctx, risks);
  const today = () => toCalendarDate(ctx.now());
  const record = (entityId: number, action: string, changes: FieldChange[], at: string) =>
    history.append({ at, entity: 'risk', entityId, action, changes });

  const build = (row: RiskRow): Risk =>
    toRisk(row, risks.evaluations(row.id), lc.repos.actions.forRisk(row.id).map(lc.withOverdue), scales.get(), today());
  const mustGet = (id: number): Risk => build(risks.get(id) ?? raise(notFound('Ce risque ou cette opportunité')));
  const life = (risk?: Risk) => registerLife(today, risk ? `${risk.reference} « ${risk.title} »` : 'Ce risque');

  const current = (id: number, revision: number): Risk => {
    const risk = mustGet(id);
    if (risk.revision !== revision) {
      throw new ServiceError('conflict', `${risk.reference} a été modifié entre-temps. Rechargez la page, puis recommencez.`);
    }
    return risk;
  };

  /** The people, process and origin named exist (and are active when newly named); the dates follow the origin's. */
  const checked = (fields: Fields, prefix: string, before?: Risk) => {
    namedPerson(lc.repos.people, fields.ownerId, `${prefix}ownerId`, before?.ownerId ?? null);
    const origin = checkedOrigin(lc, risks, fields, prefix, before);
    life(before).identified(fields.identifiedOn, `${prefix}identifiedOn`, before);
    if (before !== undefined) {
      // Nothing that followed the identification may come before it.
      const followers = [
        { what: 'La réévaluation', date: before.evaluations[1]?.evaluatedOn ?? null },
        { what: 'La décision de traitement', date: before.decidedOn },
        { what: 'La première action', date: risks.firstActionOpened(before.id) },
      ];
      for (const follower of followers) {
        if (follower.date !== null && follower.date < fields.identifiedOn) {
          throw invalidField(`${prefix}identifiedOn`, outOfOrder(follower.what, follower.date, 'l’identification', fields.identifiedOn));
        }
      }
    }
    return origin;
  };

  const list = (query: Query): Risk[] => {
    const pattern = query.search ? query.search.toLocaleLowerCase('fr-FR') : null;
    const evaluations = new Map<number, EvaluationRow[]>();
    for (const evaluation of risks.allEvaluations()) {
      evaluations.set(evaluation.risk_id, [...(evaluations.get(evaluation.risk_id) ?? []), evaluation]);
    }
    return risks
      .all()
      .filter((row) => query.includeRetired || row.status === 'actif')
      .filter((row) => query.kind === undefined || row.kind === query.kind)
      .filter((row) => query.ownerId === undefined || row.owner_id === query.ownerId)
      .filter((row) => query.processId === undefined || row.process_id === query.processId)
      .filter(
        (row) => pattern === null || `${row.reference} ${row.title} ${row.description ?? ''}`.toLocaleLowerCase('fr-FR').includes(pattern),
      )
      .map((row) => toRisk(row, evaluations.get(row.id) ?? [], lc.repos.actions.forRisk(row.id).map(lc.withOverdue), scales.get(), today()))
      .filter((risk) => query.level === undefined || risk.evaluations.at(-1)?.level === query.level)
      .filter((risk) => query.treatmentState === undefined || risk.treatmentState === query.treatmentState)
      .filter((risk) => !query.reviewLateOnly || risk.reviewLate || risk.reevaluationLate);
  };

  return {
    list,
    get: mustGet,
    scale: scales.get,
    setScale: scales.set,

    create: (input: z.output<typeof riskCreateSchema>): Risk =>
      ctx.db
        .transaction(() => {
          const { fields, evaluation } = input;
          const origin = checked(fields, 'fields.');
          evaluationFields('evaluation.', scales.get(), evaluation);
          const at = ctx.now().toISOString();
          const reference = lc.repos.sequences.riskReference(Number(fields.identifiedOn.slice(0, 4)));
          const id = risks.insert(reference, { ...fields, ...origin }, at);
          risks.evaluate(id, { evaluatedOn: fields.identifiedOn, ...evaluation, comment: null }, at);
          const created = mustGet(id);
          record(
            id,
            'create',
            creationFields({
              reference,
              ...snapshot(created),
              likelihood: evaluation.likelihood,
              impact: evaluation.impact,
              score: riskScore(evaluation),
            }),
            at,
          );
          links.linkNaturalClause('risk', id, at);
          return mustGet(id);
        })
        .immediate(),

    update: (input: z.output<typeof riskUpdateSchema>): Risk =>
      ctx.db
        .transaction(() => {
          const before = current(input.id, input.revision);
          life(before).editable(before);
          const origin = checked(input.fields, 'fields.', before);
          if (input.fields.kind !== before.kind && before.treatment !== null) {
            throw invalidField(
              'fields.kind',
              `${before.reference} a déjà un traitement décidé : il reste ${before.kind === 'risque' ? 'un risque' : 'une opportunité'}.`,
            );
          }
          const at = ctx.now().toISOString();
          risks.update(before.id, { ...input.fields, ...origin }, at);
          const first = before.evaluations[0];
          if (first !== undefined && first.evaluatedOn === before.identifiedOn)
            risks.moveFirstEvaluation(first.id, input.fields.identifiedOn);
          const after = mustGet(before.id);
          const changes = diffFields(snapshot(before), snapshot(after));
          if (changes.length > 0) record(before.id, 'update', changes, at);
          return after;
        })
        .immediate(),

    /** A new evaluation on the scale (after the treatment, or at a review), dated; the next one may be planned. */
    reevaluate: (input: z.output<typeof riskReevaluateSchema>): Risk =>
      ctx.db
        .transaction(() => {
          const before = current(input.id, input.revision);
          life(before).editable(before);
          const { fields } = input;
          evaluationFields('fields.', scales.get(), fields);
          notInFuture(fields.evaluatedOn, today(), 'fields.evaluatedOn', 'La date de la réévaluation');
          const last = before.evaluations.at(-1);
          if (last !== undefined && fields.evaluatedOn < last.evaluatedOn) {
            throw invalidField(
              'fields.evaluatedOn',
              outOfOrder('La réévaluation', fields.evaluatedOn, 'l’évaluation précédente', last.evaluatedOn),
            );
          }
          if (fields.nextReevaluationDue !== null && fields.nextReevaluationDue < fields.evaluatedOn) {
            throw invalidField(
              'fields.nextReevaluationDue',
              outOfOrder('La prochaine réévaluation', fields.nextReevaluationDue, 'cette réévaluation', fields.evaluatedOn),
            );
          }
          const at = ctx.now().toISOString();
          risks.evaluate(before.id, fields, at);
          risks.setReevaluationDue(before.id, fields.nextReevaluationDue, at);
          record(
            before.id,
            'reevaluation',
            [
              { field: 'evaluatedOn', before: last?.evaluatedOn ?? null, after: fields.evaluatedOn },
              { field: 'likelihood', before: last?.likelihood ?? null, after: fields.likelihood },
              { field: 'impact', before: last?.impact ?? null, after: fields.impact },
              { field: 'score', before: last?.score ?? null, after: riskScore(fields) },
              ...(fields.comment === null ? [] : [{ field: 'comment', before: null, after: fields.comment }]),
              { field: 'reevaluationDue', before: before.reevaluationDue, after: fields.nextReevaluationDue },
            ],
            at,
          );
          return mustGet(before.id);
        })
        .immediate(),

    /**
     * The treatment decided on a day; one carried out by actions (reduce, avoid, share, seize) needs one
     * that is not abandoned: the first comes with the decision when the risk has none yet.
     */
    treat: (input: z.output<typeof riskTreatSchema>): Risk =>
      ctx.db
        .transaction(() => {
          const before = current(input.id, input.revision);
          life(before).editable(before);
          const { fields, action } = input;
          if (!treatmentsFor[before.kind].includes(fields.treatment)) {
            const allowed = treatmentsFor[before.kind].map((treatment) => `« ${riskTreatmentLabels.fr[treatment]} »`).join(', ');
            throw invalidField(
              'fields.treatment',
              `${before.kind === 'risque' ? 'Un risque' : 'Une opportunité'} se traite par : ${allowed}.`,
            );
          }
          notInFuture(fields.decidedOn, today(), 'fields.decidedOn', 'La date de la décision');
          if (fields.decidedOn < before.identifiedOn) {
            throw invalidField('fields.decidedOn', outOfOrder('La décision', fields.decidedOn, 'l’identification', before.identifiedOn));
          }
          const live = before.actions.filter((existing) => existing.status !== 'abandonnee');
          if (treatmentNeedsAction(fields.treatment) && live.length === 0 && action === null) {
            const word = riskTreatmentLabels.fr[fields.treatment].toLocaleLowerCase('fr-FR');
            throw invalidField('action', `Pour « ${word} », décrivez au moins une action du plan : qui fait quoi, et pour quand.`);
          }
          const at = ctx.now().toISOString();
          risks.treat(before.id, fields, at);
          record(
            before.id,
            'treatment',
            diffFields(
              {
                treatment: before.treatment,
                treatmentNote: before.treatmentNote,
                decidedOn: before.decidedOn,
                reevaluationDue: before.reevaluationDue,
              },
              {
                treatment: fields.treatment,
                treatmentNote: fields.treatmentNote,
                decidedOn: fields.decidedOn,
                reevaluationDue: fields.reevaluationDue,
              },
            ),
            at,
          );
          if (action !== null) {
            try {
              actions.create({ origin: { source: 'risque', riskId: before.id }, fields: { ...action, openedOn: fields.decidedOn } });
            } catch (error) {
              if (!(error instanceof ServiceError) || error.fields === undefined) throw error;
              const renamed = Object.fromEntries(
                Object.entries(error.fields).map(([path, message]) => [
                  path.replace(/^fields\.openedOn$/, 'fields.decidedOn').replace(/^fields\./, 'action.'),
                  message,
                ]),
              );
              throw new ServiceError(error.code, error.message, renamed);
            }
          }
          return mustGet(before.id);
        })
        .immediate(),

    review: (input: z.output<typeof registerReviewSchema>): Risk =>
      ctx.db
        .transaction(() => {
          const before = current(input.id, input.revision);
          life(before).reviewed(before, input.fields);
          const at = ctx.now().toISOString();
          risks.review(before.id, input.fields.reviewedOn, input.fields.nextReviewDue, at);
          record(
            before.id,
            'review',
            [
              { field: 'reviewedOn', before: before.lastReviewedOn, after: input.fields.reviewedOn },
              { field: 'reviewDue', before: before.reviewDue, after: input.fields.nextReviewDue },
              ...(input.fields.comment === null ? [] : [{ field: 'comment', before: null, after: input.fields.comment }]),
            ],
            at,
          );
          return mustGet(before.id);
        })
        .immediate(),

    retire: (input: z.output<typeof registerRetireSchema>): Risk =>
      ctx.db
        .transaction(() => {
          const before = current(input.id, input.revision);
          life(before).retired(before, input.fields);
          const open = before.actions.find((existing) => existing.status === 'a_faire' || existing.status === 'en_cours');
          if (open !== undefined) {
            throw new ServiceError(
              'conflict',
              `L’action ${open.reference} de ${before.reference} est encore ouverte : réalisez-la ou abandonnez-la avant de retirer le risque.`,
            );
          }
          const at = ctx.now().toISOString();
          risks.retire(before.id, input.fields.retiredOn, input.fields.reason, at);
          record(
            before.id,
            'retire',
            [
              { field: 'status', before: before.status, after: 'retire' },
              { field: 'retiredOn', before: null, after: input.fields.retiredOn },
              { field: 'retireReason', before: null, after: input.fields.reason },
            ],
            at,
          );
          return mustGet(before.id);
        })
        .immediate(),

    exportCsv: (query: Query) => risksCsv(list(query), scales.get(), today()),
  };
};

export type RisksService = ReturnType<typeof createRisksService>;
