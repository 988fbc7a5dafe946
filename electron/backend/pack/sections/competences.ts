import { competenceMatrix, planFigures, trainingState, trainingYear, type DatedTraining } from '../../../../shared/domain/competences';
import { packSectionTitles } from '../../../../shared/domain/pack';
import { qualificationStateLabels, trainingResultLabels, trainingStateLabels } from '../../../../shared/labels/competences';
import type { TrainingResult, TrainingStatus } from '../../../../shared/domain/competences';
import { keyFigures } from '../pdf/chart';
import { subheading } from '../pdf/subheading';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, shortDate } from '../pdf/typography';
import type { CoverageEvidence, CoverageSource, PackContext, PackSection } from './types';

type TrainingRow = {
  id: number;
  personId: number;
  personName: string;
  competenceId: number | null;
  title: string;
  providerName: string | null;
  status: TrainingStatus;
  plannedOn: string | null;
  doneOn: string | null;
  expiresOn: string | null;
  evaluatedOn: string | null;
  evaluationResult: TrainingResult | null;
};

/** A training as it stood on the pack's date: one done later was still planned, an evaluation made later not yet made. */
const asOf = (t: TrainingRow, date: string): TrainingRow & DatedTraining => {
  const done = t.doneOn !== null && t.doneOn <= date;
  const evaluated = done && t.evaluatedOn !== null && t.evaluatedOn <= date;
  return {
    ...t,
    status: t.status === 'realisee' && !done ? 'prevue' : t.status,
    plannedOn: t.plannedOn ?? (done ? null : t.doneOn),
    doneOn: done ? t.doneOn : null,
    expiresOn: done ? t.expiresOn : null,
    evaluatedOn: evaluated ? t.evaluatedOn : null,
    evaluationResult: evaluated ? t.evaluationResult : null,
  };
};

/** The requirements each function and training of the file evidences (their links), for the coverage. */
export const competenceEvidence: CoverageSource = (ctx) =>
  ctx.db
    .prepare<[], CoverageEvidence>(
      `SELECT l.requirement_id AS requirementId, 'record' AS kind, 'Fonction « ' || f.name || ' »' AS label
       FROM requirement_links l JOIN job_functions f ON f.id = l.entity_id
       WHERE l.entity = 'job_function' AND l.requirement_id IN (SELECT id FROM temp.pack_requirements)
       UNION ALL
       SELECT l.requirement_id, 'record', 'Formation « ' || t.title || ' » (' || pe.name || ')'
       FROM requirement_links l JOIN trainings t ON t.id = l.entity_id JOIN people pe ON pe.id = t.person_id
       WHERE l.entity = 'training' AND l.requirement_id IN (SELECT id FROM temp.pack_requirements)`,
    )
    .all();

const collect = (ctx: PackContext) => {
  const functions = ctx.db
    .prepare<[], { id: number; name: string; description: string | null }>(
      'SELECT id, name, description FROM job_functions ORDER BY name COLLATE NOCASE',
    )
    .all();
  const required = ctx.db
    .prepare<[], { function_id: number; id: number; name: string }>(
      'SELECT fc.function_id, c.id, c.name FROM job_function_competences fc JOIN competences c ON c.id = fc.competence_id ORDER BY c.name COLLATE NOCASE',
    )
    .all();
  const holders = ctx.db
    .prepare<[], { function_id: number; id: number; name: string; active: number }>(
      'SELECT pf.function_id, p.id, p.name, p.active FROM person_functions pf JOIN people p ON p.id = pf.person_id ORDER BY p.name COLLATE NOCASE',
    )
    .all();
  const trainings = ctx.db
    .prepare<[], TrainingRow>(
      `SELECT t.id, t.person_id AS personId, pe.name AS personName, t.competence_id AS competenceId, t.title, pr.name AS providerName,
         t.status, t.planned_on AS plannedOn, t.done_on AS doneOn, t.expires_on AS expiresOn, t.evaluated_on AS evaluatedOn,
         t.evaluation_result AS evaluationResult
       FROM trainings t JOIN people pe ON pe.id = t.person_id LEFT JOIN providers pr ON pr.id = t.provider_id
       ORDER BY coalesce(t.done_on, t.planned_on), t.id`,
    )
    .all()
    .map((t) => asOf(t, ctx.date));
  const matrix = competenceMatrix(
    {
      functions: functions.map((f) => ({
        id: f.id,
        name: f.name,
        competenceIds: required.filter((r) => r.function_id === f.id).map((r) => r.id),
        holderIds: holders.filter((h) => h.function_id === f.id).map((h) => h.id),
      })),
      competences: required.map(({ id, name }) => ({ id, name })),
      people: holders.map((h) => ({ id: h.id, name: h.name, active: h.active === 1 })),
      trainings,
    },
    ctx.date,
  );
  const year = Number(ctx.date.slice(0, 4));
  const plan = trainings.filter((t) => trainingYear(t) === year);
  return { date: ctx.date, year, functions, required, holders, matrix, plan };
};

/** Competence (§ 7.2): functions and what they require, who holds what on the pack's date, and the year's training plan. */
export const competencesSection: PackSection<ReturnType<typeof collect>> = {
  id: 'competences',
  title: packSectionTitles.competences,
  collect,
  render: (b, data) => {
    b.heading(1, packSectionTitles.competences, 'competences');
    b.paragraph(
      `Les fonctions de la structure, les compétences que chacune requiert, et pour chaque titulaire ce qui est acquis au ${shortDate(data.date)}. Seules les personnes de l’annuaire (salariés permanents) sont nommées.`,
      { color: theme.color.muted, size: theme.size.small + 0.5 },
    );
    const functions = beginTable(b, [
      { header: 'Fonction', share: 120, style: 'bold' },
      { header: 'Compétences requises', share: 200 },
      { header: 'Titulaires', share: 160 },
    ]);
    if (data.functions.length === 0) functions.note('Aucune fonction enregistrée.');
    for (const f of data.functions) {
      functions.row([
        f.name,
        data.required
          .filter((r) => r.function_id === f.id)
          .map((r) => r.name)
          .join('\n') || '—',
        data.holders
          .filter((h) => h.function_id === f.id && h.active === 1)
          .map((h) => h.name)
          .join('\n') || '—',
      ]);
    }
    functions.end();
    for (const fn of data.matrix) {
      if (fn.holders.length === 0 || fn.competences.length === 0) continue;
      subheading(b, `Matrice des compétences : ${fn.name}${fn.missing > 0 ? ` (${integer(fn.missing)} manque(s))` : ''}`);
      const table = beginTable(b, [
        { header: 'Personne', share: 120 },
        { header: 'Compétence', share: 200 },
        { header: 'État', share: 110 },
      ]);
      for (const cell of fn.cells) {
        const bad = cell.state === 'manquante' || cell.state === 'expiree';
        table.row([
          fn.holders.find((h) => h.id === cell.personId)?.name ?? '',
          fn.competences.find((c) => c.id === cell.competenceId)?.name ?? '',
          {
            text: qualificationStateLabels.fr[cell.state],
            color: bad ? theme.color.gap : cell.state === 'expire_bientot' ? theme.color.warn : theme.color.ok,
            style: bad ? 'bold' : 'regular',
          },
        ]);
      }
      table.end();
    }
    subheading(b, `Plan de formation ${data.year}`);
    const states = data.plan.map((t) => trainingState(t, data.date));
    const figures = planFigures(states);
    keyFigures(b, [
      { value: integer(data.plan.length), label: 'formation(s) au plan' },
      { value: integer(figures.a_evaluer + figures.evaluee), label: 'réalisée(s)' },
      { value: integer(figures.evaluee), label: 'évaluée(s)' },
      { value: integer(figures.en_retard), label: 'prévue(s), date dépassée', color: figures.en_retard > 0 ? theme.color.warn : undefined },
    ]);
    const plan = beginTable(b, [
      { header: 'Personne', share: 90 },
      { header: 'Formation', share: 124 },
      { header: 'Organisme', share: 78 },
      { header: 'État', share: 80 },
      { header: 'Date', share: 56, prose: false },
      { header: 'Échéance', share: 62, prose: false },
      { header: 'Évaluation', share: 80 },
    ]);
    if (data.plan.length === 0) plan.note(`Aucune formation prévue ou réalisée en ${data.year}.`);
    data.plan.forEach((t, index) => {
      const state = states[index] ?? 'prevue';
      plan.row([
        t.personName,
        t.title,
        t.providerName ?? '—',
        trainingStateLabels.fr[state],
        shortDate(t.doneOn ?? t.plannedOn),
        shortDate(t.expiresOn),
        t.evaluationResult === null ? '—' : `${trainingResultLabels.fr[t.evaluationResult]}\nle ${shortDate(t.evaluatedOn)}`,
      ]);
    });
    plan.end();
  },
};
