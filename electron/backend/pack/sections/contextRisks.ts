import type { RiskScale } from '../../../../shared/domain/risks';
import { actionStatusLabels } from '../../../../shared/labels/actions';
import { riskKindLabels, riskOriginLabels, riskTreatmentLabels, treatmentStateLabels } from '../../../../shared/labels/risks';
import type { RiskOnDate } from '../../../../shared/schemas/risks';
import { risksOn } from '../../risks/on-date';
import { readRiskScale } from '../../risks/scale';
import { keyFigures } from '../pdf/chart';
import { riskMapChart } from '../pdf/riskMap';
import { subheading } from '../pdf/subheading';
import { beginTable, type Cell } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, shortDate } from '../pdf/typography';
import { evaluationText } from '../records/reviewContextBlocks';
import type { ContextPart, PackContext } from './types';

type RisksData = { date: string; scale: RiskScale; risks: RiskOnDate[]; processNote: string | null };

/** The register on the pack's date; under a scope of processes, the risks of those processes. */
const collectRisks = (ctx: PackContext): RisksData => {
  const scale = readRiskScale(ctx.db);
  const all = risksOn(ctx.db, ctx.date, scale);
  if (ctx.scope.kind !== 'processes') return { date: ctx.date, scale, risks: all, processNote: null };
  const processes = new Set(ctx.scope.processIds);
  return {
    date: ctx.date,
    scale,
    risks: all.filter((risk) => risk.processId !== null && processes.has(risk.processId)),
    processNote: 'Périmètre de processus : seuls les risques et opportunités rattachés à ces processus sont imprimés.',
  };
};

const actionsCell = (risk: RiskOnDate): Cell =>
  risk.actions.length === 0
    ? {
        text: treatmentStateLabels.fr[risk.treatmentState],
        color: risk.treatmentState === 'sans_action' ? theme.color.gap : theme.color.muted,
      }
    : risk.actions
        .map(
          (action) =>
            `${action.reference} (${shortDate(action.dueDate)}) : ${actionStatusLabels.fr[action.status].toLocaleLowerCase('fr-FR')}`,
        )
        .join('\n');

/** Risks and opportunities (§ 6.1): the figures, the map of where each stands, then the register with treatment and actions. */
export const risksPart: ContextPart = (ctx) => {
  const data = collectRisks(ctx);
  return {
    id: 'risks',
    title: 'Risques et opportunités (§ 6.1)',
    render: (b) => {
      b.paragraph(
        `Risques et opportunités au registre le ${shortDate(data.date)}, évalués sur l’échelle de la structure (probabilité de 1 à ${data.scale.likelihood.length} × impact de 1 à ${data.scale.impact.length}) ; niveau moyen dès ${data.scale.mediumFrom}, élevé dès ${data.scale.highFrom}. L’évaluation actuelle est la dernière faite à cette date ; une réévaluation après traitement montre l’effet des actions.${data.processNote ? ` ${data.processNote}` : ''}`,
        { color: theme.color.muted, size: theme.size.small + 0.5 },
      );
      const risks = data.risks.filter((risk) => risk.kind === 'risque');
      const opportunities = data.risks.filter((risk) => risk.kind === 'opportunite');
      keyFigures(b, [
        { value: integer(risks.length), label: 'risques' },
        { value: integer(opportunities.length), label: 'opportunités' },
        {
          value: integer(risks.filter((risk) => risk.current.level === 'eleve').length),
          label: 'risques de niveau élevé',
          color: risks.some((risk) => risk.current.level === 'eleve') ? theme.color.gap : theme.color.ok,
        },
        { value: integer(data.risks.filter((risk) => risk.current.id !== risk.initial.id).length), label: 'réévalués après traitement' },
      ]);
      for (const [title, items, kind] of [
        ['Carte des risques', risks, 'risque'],
        ['Carte des opportunités', opportunities, 'opportunite'],
      ] as const) {
        if (items.length === 0) continue;
        // The title stays on the map's page: room for both before the title is written.
        b.ensure(data.scale.likelihood.length * 34 + 110);
        subheading(b, title);
        riskMapChart(
          b,
          items,
          (risk) => risk.current,
          (risk) => risk.reference,
          data.scale,
          title,
          kind,
        );
      }
      const table = beginTable(b, [
        { header: 'Réf.', share: 64, prose: false, style: 'bold' },
        { header: 'Risque ou opportunité', share: 112 },
        { header: 'Origine', share: 70 },
        { header: 'Évaluation initiale → actuelle', share: 90 },
        { header: 'Traitement', share: 70 },
        { header: 'Actions', share: 104 },
      ]);
      if (data.risks.length === 0) table.note('Aucun risque ni opportunité au registre à cette date.');
      for (const risk of data.risks) {
        const reevaluated = risk.current.id !== risk.initial.id;
        table.row([
          risk.reference,
          `${riskKindLabels.fr[risk.kind]} : ${risk.title}\n${risk.ownerName}${risk.processName ? ` — ${risk.processName}` : ''}`,
          `${riskOriginLabels.fr[risk.origin]}${risk.originLabel ? `\n${risk.originLabel}` : ''}`,
          reevaluated
            ? `${evaluationText(risk.initial)}\n→ ${evaluationText(risk.current)}\nle ${shortDate(risk.current.evaluatedOn)}`
            : evaluationText(risk.current),
          risk.treatment === null
            ? { text: 'À décider', color: theme.color.warn }
            : `${riskTreatmentLabels.fr[risk.treatment]}${risk.decidedOn ? `\nle ${shortDate(risk.decidedOn)}` : ''}`,
          actionsCell(risk),
        ]);
      }
      table.end();
    },
  };
};
