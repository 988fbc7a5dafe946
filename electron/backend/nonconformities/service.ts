import type { z } from 'zod';
import { dateRuleMessages, type IshikawaBranch } from '../../../shared/domain/nonconformities';
import type {
  Nonconformity,
  NonconformitySummary,
  analysisInputSchema,
  correctionInputSchema,
  nonconformityCreateSchema,
  nonconformityListQuerySchema,
  nonconformityPageQuerySchema,
  NonconformityPage,
  nonconformityUpdateSchema,
} from '../../../shared/schemas/nonconformities';
import { invalidField } from '../errors';
import { diffFields } from '../history/changes';
import { keysetPage } from '../paging';
import { idsParam, wordsParam } from '../search/fold';
import { namedPerson } from '../people/lookup';
import type { LoopContext } from './context';
import type { NewCause } from './loop-repository';

const branchWords: Record<IshikawaBranch, string> = {
  main_oeuvre: 'Main d’œuvre',
  methodes: 'Méthodes',
  materiel: 'Matériel',
  milieu: 'Milieu',
  matiere: 'Matière',
};

/** How the timeline keeps an analysis: its method, who and when, each cause in words, and the root causes. */
const analysisSnapshot = (analysis: Nonconformity['analysis']) => {
  const causes = analysis?.causes ?? [];
  const line = (cause: (typeof causes)[number]) =>
    cause.why !== null ? `${cause.why} → ${cause.cause}` : `${branchWords[cause.branch ?? 'methodes']} : ${cause.cause}`;
  return {
    method: analysis?.method ?? null,
    analysedBy: analysis?.analysedByName ?? null,
    analysedOn: analysis?.analysedOn ?? null,
    analysisText: analysis?.text ?? null,
    causes: causes.map((cause, index) => `${index + 1}. ${line(cause)}`).join('\n') || null,
    rootCauses:
      causes
        .filter((cause) => cause.retained)
        .map((cause) => cause.cause)
        .join(' ; ') || null,
  };
};

const registerSnapshot = (nc: Nonconformity) => ({
  detectedOn: nc.detectedOn,
  detectedBy: nc.detectedByName,
  process: nc.processName,
  requirements: nc.requirements.map((r) => r.number).join(', ') || null,
  severity: nc.severity,
  description: nc.description,
});

/** The register of nonconformities: opening one by hand, its fields, its correction and its cause analysis. */
export const createNonconformitiesService = (lc: LoopContext) => {
  const { repos } = lc;

  const notFutureNorBeforeDetection = (date: string | null, field: string, what: string, nc: Nonconformity): void => {
    if (date === null) return;
    if (date > lc.today()) throw invalidField(field, dateRuleMessages.inFuture(what));
    if (date < nc.detectedOn) throw invalidField(field, dateRuleMessages.beforeDetection(what, date, nc.detectedOn));
  };

  return {
    list: (query: z.output<typeof nonconformityListQuerySchema>): NonconformitySummary[] =>
      repos.nonconformities.list({ status: query.status ?? null, source: query.source ?? null, words: null, ids: null }),

    /** One page of the register (open NCs by default), its counts and where the next page starts. */
    page: (query: z.output<typeof nonconformityPageQuerySchema>): NonconformityPage => {
      const filter = {
        status: query.status ?? null,
        source: query.source ?? null,
        words: wordsParam(query.search),
        ids: idsParam(query.ids),
      };
      return keysetPage(
        query,
        (read) =>
          repos.nonconformities.page({ ...filter, ...read, afterDetected: query.after?.detectedOn ?? null, afterId: query.after?.id ?? 0 }),
        () => repos.nonconformities.count(filter),
        (nc) => ({ detectedOn: nc.detectedOn, id: nc.id }),
      );
    },

    get: (id: number): Nonconformity => lc.detail(id),

    /** Opens a nonconformity found in daily work, by an indicator, at an external provider, or elsewhere. */
    create: (input: z.output<typeof nonconformityCreateSchema>): Nonconformity =>
      lc.db
        .transaction(() => {
          const { source, requirementIds, detectedById, ...fields } = input;
          const values = { ...fields, detectedBy: detectedById, requirementId: requirementIds[0] ?? null, requirementIds };
          lc.checkRegister(values, '');
          return lc.detail(lc.openNonconformity(source, values, lc.now().toISOString()));
        })
        .immediate(),

    update: (input: z.output<typeof nonconformityUpdateSchema>): Nonconformity =>
      lc.db
        .transaction(() => {
          const current = lc.forChange(input.id, input.revision);
          const { requirementIds, detectedById, ...fields } = input.fields;
          const values = { ...fields, detectedBy: detectedById, requirementId: requirementIds[0] ?? null, requirementIds };
          lc.checkRegister(values, 'fields.', current);
          const earliest = [...current.actions.map((a) => a.dueDate), current.correction?.on ?? null]
            .filter((date): date is string => date !== null)
            .sort()[0];
          if (earliest !== undefined && values.detectedOn > earliest) {
            throw invalidField(
              'fields.detectedOn',
              'La détection ne peut pas être postérieure à la correction ni à l’échéance d’une action.',
            );
          }
          const at = lc.now().toISOString();
          repos.nonconformities.updateRegister(current.id, values, at);
          repos.nonconformities.setRequirements(current.id, requirementIds);
          const updated = lc.detail(current.id);
          const changes = diffFields(registerSnapshot(current), registerSnapshot(updated));
          if (changes.length > 0) lc.record('nonconformity', current.id, 'update', changes, at);
          return updated;
        })
        .immediate(),

    /** The correction (immediate action on the effect): what, who, when. */
    recordCorrection: (input: z.output<typeof correctionInputSchema>): Nonconformity =>
      lc.db
        .transaction(() => {
          const current = lc.forChange(input.id, input.revision);
          const { what, byId, on } = input.correction;
          namedPerson(repos.people, byId, 'correction.byId', current.correction?.byId ?? null);
          notFutureNorBeforeDetection(on, 'correction.on', 'La date de la correction', current);
          const at = lc.now().toISOString();
          repos.nonconformities.setCorrection(current.id, { what, by: byId, on }, at);
          const updated = lc.detail(current.id);
          const snapshot = (nc: Nonconformity) => ({
            correction: nc.correction?.what ?? null,
            correctionBy: nc.correction?.byName ?? null,
            correctionOn: nc.correction?.on ?? null,
          });
          lc.record('nonconformity', current.id, 'correction', diffFields(snapshot(current), snapshot(updated)), at);
          return updated;
        })
        .immediate(),

    /** Saves the cause analysis (5 pourquoi, Ishikawa or text) as a whole; the first one starts the analysis. */
    saveAnalysis: (input: z.output<typeof analysisInputSchema>): Nonconformity =>
      lc.db
        .transaction(() => {
          const current = lc.forChange(input.id, input.revision);
          const { analysis } = input;
          namedPerson(repos.people, analysis.analysedById, 'analysis.analysedById', current.analysis?.analysedById ?? null);
          notFutureNorBeforeDetection(analysis.analysedOn, 'analysis.analysedOn', 'La date de l’analyse', current);
          const causes: NewCause[] =
            analysis.method === 'cinq_pourquoi'
              ? analysis.steps.map((step) => ({ branch: null, why: step.why, cause: step.because, retained: step.retained }))
              : analysis.method === 'ishikawa'
                ? analysis.causes.map((cause) => ({ branch: cause.branch, why: null, cause: cause.cause, retained: cause.retained }))
                : [];
          const at = lc.now().toISOString();
          repos.nonconformities.setAnalysis(
            current.id,
            {
              method: analysis.method,
              text: analysis.method === 'texte' ? analysis.text : null,
              analysedBy: analysis.analysedById,
              analysedOn: analysis.analysedOn,
            },
            at,
          );
          repos.loop.setCauses(current.id, causes);
          const status = current.status === 'a_traiter' ? [lc.move(current, 'startAnalysis', at)] : [];
          const updated = lc.detail(current.id);
          const changes = [...status, ...diffFields(analysisSnapshot(current.analysis), analysisSnapshot(updated.analysis))];
          lc.record('nonconformity', current.id, 'analysis', changes, at);
          return updated;
        })
        .immediate(),
  };
};
