import type { z } from 'zod';
import { outOfOrder, toCalendarDate } from '../../../shared/domain/dates';
import { formatIndicatorValue } from '../../../shared/domain/indicator-values';
import type { objectiveFieldsSchema, objectiveUpdateSchema, QualityObjective, QualityPolicy } from '../../../shared/schemas/objectives';
import type { FieldChange } from '../../../shared/schemas/history';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createHistoryRepository, type HistoryRepository } from '../history/repository';
import { createSettingsRepository } from '../organisation/repository';
import { namedPerson } from '../people/lookup';
import { createPeopleRepository } from '../people/repository';
import { createProcessesRepository } from '../processes/repository';
import { createObjectivesRepository, type ObjectiveRow, type ObjectiveValues, type ObjectivesRepository } from './objectives-repository';
import type { IndicatorsService } from './service';

type Fields = z.output<typeof objectiveFieldsSchema>;

/** The settings key naming the policy document; the policy itself lives in the register, with its versions. */
const POLICY_KEY = 'quality.policyDocumentId';
/** Its words as displayed and signed: the pack prints them. */
const POLICY_TEXT_KEY = 'quality.policyText';
/** History of file-wide settings is written under the organisation, the file's single record. */
const ORGANISATION_ID = 1;

const snapshot = (objective: QualityObjective) => ({
  title: objective.title,
  description: objective.description,
  owner: objective.ownerName,
  process: objective.processName,
  setOn: objective.setOn,
  targetDate: objective.targetDate,
  status: objective.status,
  indicators: objective.indicators.map((indicator) => indicator.name).join(', ') || null,
});

/** Quality objectives (§6.2) with the indicators that measure them: reading, creating, editing. */
const createObjectiveRecords = (
  ctx: ServiceContext,
  indicators: IndicatorsService,
  repo: ObjectivesRepository,
  history: HistoryRepository,
) => {
  const people = createPeopleRepository(ctx.db);
  const processes = createProcessesRepository(ctx.db);
  const today = () => toCalendarDate(ctx.now());
  const record = (id: number, action: string, changes: FieldChange[], at: string) =>
    history.append({ at, entity: 'objective', entityId: id, action, changes });

  const toObjectives = (rows: readonly ObjectiveRow[]): QualityObjective[] => {
    const links = repo.links();
    const byId = new Map(indicators.list(true).map((indicator) => [indicator.id, indicator]));
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      description: row.description,
      ownerId: row.owner_id,
      ownerName: row.owner_name,
      processId: row.process_id,
      processName: row.process_name,
      setOn: row.set_on,
      targetDate: row.target_date,
      status: row.status,
      overdue: row.status === 'en_cours' && row.target_date < today(),
      indicators: (links.get(row.id) ?? []).flatMap((id) => {
        const indicator = byId.get(id);
        if (indicator === undefined) return [];
        const latest = indicator.latest === null ? null : formatIndicatorValue(indicator.latest.value, indicator.unit, indicator.scaleMax);
        return [{ id, name: indicator.name, state: indicator.state, latest }];
      }),
      revision: row.revision,
    }));
  };
  const mustGet = (id: number): QualityObjective =>
    toObjectives([repo.get(id) ?? raise(notFound('Cet objectif qualité'))])[0] as QualityObjective;

  /** Checks every link of the form before anything is written, and says what to store. */
  const checked = (fields: Fields, prefix: string, current: QualityObjective | null): ObjectiveValues => {
    namedPerson(people, fields.ownerId, `${prefix}ownerId`, current?.ownerId ?? null);
    if (fields.processId !== null && !processes.get(fields.processId))
      throw invalidField(`${prefix}processId`, 'Ce processus n’existe pas.');
    fields.indicatorIds.forEach((indicatorId, index) => {
      if (!indicators.exists(indicatorId)) throw invalidField(`${prefix}indicatorIds.${index}`, 'Cet indicateur n’existe pas.');
    });
    const { title, description, ownerId, processId, setOn, targetDate, status } = fields;
    if (setOn > today() && setOn !== current?.setOn)
      throw invalidField(`${prefix}setOn`, 'La date de fixation ne peut pas être dans le futur.');
    if (targetDate < setOn) {
      throw invalidField(`${prefix}targetDate`, outOfOrder('L’échéance de l’objectif', targetDate, 'sa fixation', setOn));
    }
    return { title, description, ownerId, processId, setOn, targetDate, status };
  };

  return {
    list: (): QualityObjective[] => toObjectives(repo.list()),

    create: (fields: Fields): QualityObjective =>
      ctx.db
        .transaction(() => {
          const at = ctx.now().toISOString();
          const id = repo.insert(checked(fields, '', null), at);
          repo.setIndicators(id, fields.indicatorIds);
          const created = mustGet(id);
          record(id, 'create', creationFields(snapshot(created)), at);
          return created;
        })
        .immediate(),

    update: (input: z.output<typeof objectiveUpdateSchema>): QualityObjective =>
      ctx.db
        .transaction(() => {
          const current = mustGet(input.id);
          if (current.revision !== input.revision) {
            throw new ServiceError('conflict', 'Cet objectif qualité a été modifié entre-temps. Rechargez la page, puis recommencez.');
          }
          const at = ctx.now().toISOString();
          repo.update(input.id, checked(input.fields, 'fields.', current), at);
          repo.setIndicators(input.id, input.fields.indicatorIds);
          const updated = mustGet(input.id);
          const changes = diffFields(snapshot(current), snapshot(updated));
          if (changes.length > 0) record(input.id, 'update', changes, at);
          return updated;
        })
        .immediate(),
  };
};

/** Which register document is the quality policy (§5.2); its changes go on the organisation's timeline. */
const createQualityPolicy = (ctx: ServiceContext, repo: ObjectivesRepository, history: HistoryRepository) => {
  const settings = createSettingsRepository(ctx.db);

  const policy = (): QualityPolicy => {
    const id = Number(settings.get(POLICY_KEY));
    const row = Number.isInteger(id) && id > 0 ? repo.document(id) : undefined;
    return {
      document:
        row === undefined
          ? null
          : {
              id: row.id,
              reference: row.reference,
              title: row.title,
              status: row.status,
              indice: row.indice,
              effectiveDate: row.effective_date,
              nextReviewDue: row.next_review_due,
            },
      text: settings.get(POLICY_TEXT_KEY),
    };
  };

  return {
    policy,

    /** Names the register document that is the quality policy (a "politique"), or none, and its text (absent: unchanged). */
    setPolicy: (documentId: number | null, text?: string | null): QualityPolicy =>
      ctx.db
        .transaction(() => {
          const before = policy().document;
          const textBefore = settings.get(POLICY_TEXT_KEY);
          if (documentId !== null) {
            const document = repo.document(documentId) ?? raise(invalidField('documentId', 'Ce document n’existe pas dans le registre.'));
            if (document.type !== 'politique') {
              throw invalidField(
                'documentId',
                `${document.reference} n’est pas une politique : choisissez un document de type « Politique ».`,
              );
            }
          }
          settings.set(POLICY_KEY, documentId === null ? null : String(documentId));
          if (text !== undefined) settings.set(POLICY_TEXT_KEY, text);
          const after = policy().document;
          const name = (doc: QualityPolicy['document']) => (doc === null ? null : `${doc.reference} ${doc.title}`);
          const changes = diffFields(
            { qualityPolicy: name(before), qualityPolicyText: textBefore },
            { qualityPolicy: name(after), qualityPolicyText: settings.get(POLICY_TEXT_KEY) },
          );
          if (changes.length > 0)
            history.append({ at: ctx.now().toISOString(), entity: 'organisation', entityId: ORGANISATION_ID, action: 'update', changes });
          return policy();
        })
        .immediate(),
  };
};

/** Quality objectives (§6.2) with the indicators that measure them, and which register document is the policy (§5.2). */
export const createObjectivesService = (ctx: ServiceContext, indicators: IndicatorsService) => {
  const repo = createObjectivesRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  return { ...createObjectiveRecords(ctx, indicators, repo, history), ...createQualityPolicy(ctx, repo, history) };
};

export type ObjectivesService = ReturnType<typeof createObjectivesService>;
