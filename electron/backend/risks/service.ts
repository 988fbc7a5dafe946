import type { z } from 'zod';
import { riskScore } from '../../../shared/domain/risks';
import type { Risk, riskCreateSchema, riskListQuerySchema, riskUpdateSchema } from '../../../shared/schemas/risks';
import type { ActionsService } from '../actions/service';
import type { ServiceContext } from '../context';
import { invalidField } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import type { LoopContext } from '../nonconformities/context';
import { createNaturalLinks } from '../referentials/natural-links';
import { createRisksContext, evaluationFields } from './context';
import { risksCsv } from './csv';
import { createRiskDecisions } from './decisions';
import { createRiskLife } from './life-service';
import { toRisk } from './mapping';
import type { EvaluationRow } from './repository';

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

/**
 * Risks and opportunities (§6.1): identified from the file's records, evaluated on the structure's
 * scale, treated by a decision and its actions of the plan, re-evaluated, reviewed and retired.
 */
export const createRisksService = (ctx: ServiceContext, lc: LoopContext, actions: ActionsService) => {
  const rc = createRisksContext(ctx, lc);
  const { risks, scales, mustGet } = rc;
  const links = createNaturalLinks(ctx);

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
      .map((row) =>
        toRisk(row, evaluations.get(row.id) ?? [], lc.repos.actions.forRisk(row.id).map(lc.withOverdue), scales.get(), rc.today()),
      )
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
          const origin = rc.checked(fields, 'fields.');
          evaluationFields('evaluation.', scales.get(), evaluation);
          const at = ctx.now().toISOString();
          const reference = lc.repos.sequences.riskReference(Number(fields.identifiedOn.slice(0, 4)));
          const id = risks.insert(reference, { ...fields, ...origin }, at);
          risks.evaluate(id, { evaluatedOn: fields.identifiedOn, ...evaluation, comment: null }, at);
          const scored = { likelihood: evaluation.likelihood, impact: evaluation.impact, score: riskScore(evaluation) };
          rc.record(id, 'create', creationFields({ reference, ...snapshot(mustGet(id)), ...scored }), at);
          links.linkNaturalClause('risk', id, at);
          return mustGet(id);
        })
        .immediate(),

    update: (input: z.output<typeof riskUpdateSchema>): Risk =>
      ctx.db
        .transaction(() => {
          const before = rc.current(input.id, input.revision);
          rc.life(before).editable(before);
          const origin = rc.checked(input.fields, 'fields.', before);
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
          if (changes.length > 0) rc.record(before.id, 'update', changes, at);
          return after;
        })
        .immediate(),

    ...createRiskDecisions(rc, actions),
    ...createRiskLife(rc),

    exportCsv: (query: Query) => risksCsv(list(query), scales.get(), rc.today()),
  };
};

export type RisksService = ReturnType<typeof createRisksService>;
