import { isActionOverdueOn } from '../../../shared/domain/actions';
import { toCalendarDate } from '../../../shared/domain/dates';
import {
  canApplyToNonconformity,
  nonconformityTransitions,
  roundActionsOf,
  transitionAfterActions,
  type NonconformitySource,
  type NonconformityTransition,
} from '../../../shared/domain/nonconformities';
import type { Action } from '../../../shared/schemas/actions';
import type { FieldChange, HistoryEntity } from '../../../shared/schemas/history';
import type { Nonconformity } from '../../../shared/schemas/nonconformities';
import { createActionsRepository, type StoredAction } from '../actions/repository';
import { createYearlySequences } from '../audits/sequences';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields } from '../history/changes';
import { createHistoryRepository } from '../history/repository';
import { createPeopleRepository } from '../people/repository';
import { createProcessesRepository } from '../processes/repository';
import { createLoopRepository } from './loop-repository';
import { createNonconformitiesRepository, toSummary, type NonconformityRow, type RegisterValues } from './repository';

const statusWords = {
  a_traiter: 'à traiter',
  en_analyse: 'en analyse',
  actions_en_cours: 'en actions',
  verification: 'en vérification',
  close: 'close',
} as const;

/** What the nonconformity register, the action plan, réclamations and fiches d'amélioration share, bound to one file. */
export const createLoopContext = (ctx: ServiceContext) => {
  const repos = {
    nonconformities: createNonconformitiesRepository(ctx.db),
    loop: createLoopRepository(ctx.db),
    actions: createActionsRepository(ctx.db),
    people: createPeopleRepository(ctx.db),
    processes: createProcessesRepository(ctx.db),
    sequences: createYearlySequences(ctx.db),
    history: createHistoryRepository(ctx.db, ctx.author),
    requirementExists: ctx.db.prepare<[number], number>('SELECT 1 FROM requirements WHERE id = ?').pluck(),
  };
  const today = () => toCalendarDate(ctx.now());

  /** Appends to a record's timeline; call inside the transaction that makes the change. */
  const record = (entity: HistoryEntity, entityId: number, action: string, changes: FieldChange[], at: string) =>
    repos.history.append({ at, entity, entityId, action, changes });

  const withOverdue = (action: StoredAction): Action => ({ ...action, overdue: isActionOverdueOn(action, today()) });

  const mustGetRow = (id: number): NonconformityRow => repos.nonconformities.get(id) ?? raise(notFound('Cette non-conformité'));

  /** The whole fiche de non-conformité as the screens and the closure gate read it. */
  const detail = (id: number): Nonconformity => {
    const row = mustGetRow(id);
    return {
      ...toSummary(row),
      detectedById: row.detected_by,
      detectedByName: row.detected_by_name,
      processId: row.process_id,
      requirements: repos.nonconformities.requirements(id),
      findingDetail:
        row.finding_id === null
          ? null
          : {
              description: row.finding_description ?? '',
              gradeLabel: row.finding_grade ?? '',
              status: row.finding_status ?? 'a_traiter',
              auditType: row.audit_type ?? '',
            },
      suggestion: row.suggestion_id === null ? null : { id: row.suggestion_id, reference: row.suggestion_reference ?? '' },
      correction:
        row.correction_what === null
          ? null
          : { what: row.correction_what, byId: row.correction_by, byName: row.correction_by_name, on: row.correction_on },
      analysis:
        row.analysis_method === null
          ? null
          : {
              method: row.analysis_method,
              text: row.analysis_text,
              analysedById: row.analysed_by,
              analysedByName: row.analysed_by_name,
              analysedOn: row.analysed_on,
              causes: repos.loop.causes(id),
            },
      actions: repos.actions.forNonconformity(id).map(withOverdue),
      checks: repos.loop.checks(id),
      revision: row.revision,
    };
  };

  const mustBeOpen = (nc: Pick<Nonconformity, 'reference' | 'status'>): void => {
    if (nc.status === 'close') {
      throw new ServiceError('conflict', `La non-conformité ${nc.reference} est close : elle reste consultable mais ne se modifie plus.`);
    }
  };

  /** Loads an open nonconformity for a change, refusing a stale revision. */
  const forChange = (id: number, revision: number): Nonconformity => {
    const nc = detail(id);
    if (nc.revision !== revision) {
      throw new ServiceError(
        'conflict',
        `La non-conformité ${nc.reference} a été modifiée entre-temps. Rechargez la page, puis recommencez.`,
      );
    }
    mustBeOpen(nc);
    return nc;
  };

  /** Applies a move of the state machine and writes the status change on the timeline. */
  const move = (
    nc: Pick<Nonconformity, 'id' | 'reference' | 'status'>,
    transition: NonconformityTransition,
    at: string,
    closedOn: string | null = null,
  ) => {
    if (!canApplyToNonconformity(transition, nc.status)) {
      throw new ServiceError(
        'conflict',
        `La non-conformité ${nc.reference} est ${statusWords[nc.status]} : cette étape ne s’applique pas.`,
      );
    }
    const to = nonconformityTransitions[transition].to;
    repos.nonconformities.setStatus(nc.id, to, closedOn, at);
    return { field: 'status', before: nc.status, after: to } satisfies FieldChange;
  };

  /** After an action of the nonconformity changed: moves it to verification, or back to actions, as its round requires. */
  const syncAfterActions = (ncId: number, at: string): FieldChange[] => {
    const nc = detail(ncId);
    const transition = transitionAfterActions(nc.status, roundActionsOf(nc));
    return transition === null ? [] : [move(nc, transition, at)];
  };

  /** Checks the links of a nonconformity's register fields (people, process, requirements); `prefix` names them in errors. */
  const checkRegister = (values: RegisterValues & { requirementIds: readonly number[] }, prefix: string, previous?: Nonconformity) => {
    if (values.detectedBy !== null && !repos.people.get(values.detectedBy)) {
      throw invalidField(`${prefix}detectedById`, 'Cette personne n’existe pas dans l’annuaire.');
    }
    if (values.processId !== null && !repos.processes.get(values.processId))
      throw invalidField(`${prefix}processId`, 'Ce processus n’existe pas.');
    values.requirementIds.forEach((id, index) => {
      if (!repos.requirementExists.get(id)) throw invalidField(`${prefix}requirementIds.${index}`, 'Cette exigence n’existe pas.');
    });
    if (values.detectedOn > today() && values.detectedOn !== previous?.detectedOn) {
      throw invalidField(`${prefix}detectedOn`, 'La date de détection ne peut pas être dans le futur.');
    }
  };

  /** Opens a nonconformity (by hand, from a réclamation or a fiche d'amélioration) and starts its timeline. */
  const openNonconformity = (
    source: NonconformitySource,
    values: RegisterValues & { requirementIds: readonly number[] },
    at: string,
    origin: Record<string, unknown> = {},
  ): number => {
    const reference = repos.sequences.nonconformityReference(Number(values.detectedOn.slice(0, 4)));
    const id = repos.nonconformities.insert({ reference, source, findingId: null, ...values }, at);
    repos.nonconformities.setRequirements(id, values.requirementIds);
    const created = detail(id);
    record(
      'nonconformity',
      id,
      'create',
      creationFields({
        reference,
        source,
        ...origin,
        detectedOn: created.detectedOn,
        detectedBy: created.detectedByName,
        process: created.processName,
        requirements: created.requirements.map((r) => r.number).join(', ') || null,
        severity: created.severity,
        description: created.description,
      }),
      at,
    );
    return id;
  };

  return {
    ...ctx,
    repos,
    today,
    record,
    withOverdue,
    detail,
    mustBeOpen,
    forChange,
    move,
    syncAfterActions,
    checkRegister,
    openNonconformity,
  };
};

export type LoopContext = ReturnType<typeof createLoopContext>;
