import { twelveMonthsEndingOn } from '../../../../shared/domain/dates';
import { packSectionTitles } from '../../../../shared/domain/pack';
import { nextEvaluationDue, type EvaluationResult, type ProviderKind } from '../../../../shared/domain/providers';
import { evaluationResultLabels, providerKindLabels } from '../../../../shared/labels/providers';
import { keyFigures } from '../pdf/chart';
import { subheading } from '../pdf/subheading';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, shortDate } from '../pdf/typography';
import type { CoverageEvidence, CoverageSource, PackContext, PackSection } from './types';

type ProviderRow = {
  id: number;
  name: string;
  kind: ProviderKind;
  supplies: string;
  since: string;
  evaluation_months: number;
  active: number;
};
type EvaluationRow = {
  id: number;
  provider_id: number;
  evaluated_on: string;
  evaluator: string;
  score: number;
  result: EvaluationResult;
  comment: string | null;
  nc: string | null;
};

/** The requirements each provider of the file evidences (its links), for the coverage. */
export const providerEvidence: CoverageSource = (ctx) =>
  ctx.db
    .prepare<[], CoverageEvidence>(
      `SELECT l.requirement_id AS requirementId, 'record' AS kind, 'Prestataire « ' || v.name || ' »' AS label
       FROM requirement_links l JOIN providers v ON v.id = l.entity_id
       WHERE l.entity = 'provider' AND l.requirement_id IN (SELECT id FROM temp.pack_requirements)`,
    )
    .all();

const collect = (ctx: PackContext) => {
  const from = twelveMonthsEndingOn(ctx.date);
  const providers = ctx.db
    .prepare<[string], ProviderRow>(
      'SELECT id, name, kind, supplies, since, evaluation_months, active FROM providers WHERE since <= ? ORDER BY name COLLATE NOCASE',
    )
    .all(ctx.date);
  const evaluations = ctx.db
    .prepare<{ date: string }, EvaluationRow>(
      `SELECT e.id, e.provider_id, e.evaluated_on, pe.name AS evaluator, e.score, e.result, e.comment,
         CASE WHEN n.detected_on <= @date THEN n.reference END AS nc
       FROM provider_evaluations e JOIN people pe ON pe.id = e.evaluated_by LEFT JOIN nonconformities n ON n.id = e.nonconformity_id
       WHERE e.evaluated_on <= @date ORDER BY e.evaluated_on, e.id`,
    )
    .all({ date: ctx.date });
  const scores = ctx.db
    .prepare<[], { evaluation_id: number; label: string; score: number }>(
      `SELECT s.evaluation_id, c.label, s.score FROM provider_evaluation_scores s JOIN provider_criteria c ON c.id = s.criterion_id
       ORDER BY c.position, c.id`,
    )
    .all();
  const actions = ctx.db
    .prepare<[string], { evaluation_id: number; reference: string }>(
      'SELECT provider_evaluation_id AS evaluation_id, reference FROM actions WHERE provider_evaluation_id IS NOT NULL AND opened_on <= ? ORDER BY id',
    )
    .all(ctx.date);
  const criteria = ctx.db.prepare<[], string>('SELECT label FROM provider_criteria WHERE active = 1 ORDER BY position, id').pluck().all();
  return { date: ctx.date, from, providers, evaluations, scores, actions, criteria };
};

/** External providers and partners (§ 8.4): the register, the criteria, each evaluation and what a poor one led to. */
export const providersSection: PackSection<ReturnType<typeof collect>> = {
  id: 'providers',
  title: packSectionTitles.providers,
  collect,
  render: (b, data) => {
    b.heading(1, packSectionTitles.providers, 'providers');
    b.paragraph(
      `Les prestataires et partenaires dont le travail agit sur le service, évalués périodiquement sur les critères de la structure, notés de 1 (insuffisant) à 4 (très satisfaisant) : ${data.criteria.join(', ')}. Un résultat insuffisant appelle une action ou une non-conformité.`,
      { color: theme.color.muted, size: theme.size.small + 0.5 },
    );
    const recent = data.evaluations.filter((e) => e.evaluated_on >= data.from);
    const lastOf = (id: number) => data.evaluations.filter((e) => e.provider_id === id).at(-1);
    const dueOf = (p: ProviderRow) => nextEvaluationDue(p.since, lastOf(p.id)?.evaluated_on ?? null, p.evaluation_months);
    const late = data.providers.filter((p) => p.active === 1 && dueOf(p) < data.date);
    keyFigures(b, [
      { value: integer(data.providers.filter((p) => p.active === 1).length), label: 'prestataire(s) actif(s)' },
      { value: integer(recent.length), label: 'évaluation(s) sur 12 mois' },
      {
        value: integer(recent.filter((e) => e.result === 'insuffisant').length),
        label: 'résultat(s) insuffisant(s)',
        color: theme.color.gap,
      },
      { value: integer(late.length), label: 'évaluation(s) en retard', color: late.length > 0 ? theme.color.warn : undefined },
    ]);
    const register = beginTable(b, [
      { header: 'Prestataire', share: 100, style: 'bold' },
      { header: 'Type', share: 70 },
      { header: 'Ce qu’il fournit', share: 130 },
      { header: 'Dernière évaluation', share: 90 },
      { header: 'Prochaine', share: 60, prose: false },
    ]);
    if (data.providers.length === 0) register.note('Aucun prestataire enregistré.');
    for (const p of data.providers) {
      const last = lastOf(p.id);
      const due = dueOf(p);
      register.row([
        `${p.name}${p.active === 1 ? '' : '\n(inactif)'}`,
        providerKindLabels.fr[p.kind],
        p.supplies,
        last
          ? `${shortDate(last.evaluated_on)} : ${String(last.score).replace('.', ',')}/4, ${evaluationResultLabels.fr[last.result].toLowerCase()}`
          : 'jamais évalué',
        p.active === 1
          ? { text: shortDate(due), color: due < data.date ? theme.color.gap : undefined, style: due < data.date ? 'bold' : 'regular' }
          : '—',
      ]);
    }
    register.end();
    subheading(b, `Évaluations du ${shortDate(data.from)} au ${shortDate(data.date)}`);
    const table = beginTable(b, [
      { header: 'Prestataire', share: 90 },
      { header: 'Évalué le, par', share: 80 },
      { header: 'Notes par critère', share: 150 },
      { header: 'Résultat', share: 70 },
      { header: 'Suites données', share: 80 },
    ]);
    if (recent.length === 0) table.note('Aucune évaluation sur la période.');
    for (const e of recent) {
      const poor = e.result === 'insuffisant';
      const followUps = [...data.actions.filter((a) => a.evaluation_id === e.id).map((a) => a.reference), ...(e.nc ? [e.nc] : [])];
      table.row([
        data.providers.find((p) => p.id === e.provider_id)?.name ?? '',
        `${shortDate(e.evaluated_on)}\n${e.evaluator}`,
        data.scores
          .filter((s) => s.evaluation_id === e.id)
          .map((s) => `${s.label} : ${s.score}`)
          .join('\n') + (e.comment ? `\n« ${e.comment} »` : ''),
        {
          text: `${evaluationResultLabels.fr[e.result]} (${String(e.score).replace('.', ',')})`,
          color: poor ? theme.color.gap : undefined,
          style: poor ? 'bold' : 'regular',
        },
        followUps.length > 0 ? followUps.join('\n') : poor ? { text: 'Aucune suite', color: theme.color.gap, style: 'bold' } : '—',
      ]);
    }
    table.end();
  },
};
