import { complainantKindLabels, complaintChannelLabels, complaintFoundedLabels } from '../../../../shared/labels/complaints';
import {
  complaintState,
  responseTimeDays,
  responseTimeFigures,
  type ComplainantKind,
  type ComplaintChannel,
  type ComplaintFounded,
  type ComplaintState,
} from '../../../../shared/domain/complaints';
import { packSectionTitles } from '../../../../shared/domain/pack';
import { daysLate } from '../../../../shared/domain/review';
import type { Builder } from '../pdf/builder';
import { keyFigures } from '../pdf/chart';
import { beginTable, type Cell } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, longDate, shortDate } from '../pdf/typography';
import { days } from '../records/loopLabels';
import { indicatorTable } from '../records/reviewInputsBlocks';
import type { IndicatorInput } from '../../../../shared/schemas/management-review';
import { loopScope, type LoopScope } from './loopScope';
import { packPeriod } from './periodData';
import type { PackContext, PackSection } from './types';

export type ComplaintLine = {
  reference: string;
  kind: ComplainantKind;
  /** Never printed for a salarié en insertion (personal data), whatever was typed. */
  complainant: string | null;
  receivedOn: string;
  channel: ComplaintChannel;
  subject: string;
  responseDue: string;
  /** Null while unanswered on the pack's date (an answer given after it did not exist yet). */
  respondedOn: string | null;
  ncReference: string | null;
  founded: ComplaintFounded | null;
  analysedOn: string | null;
  cause: string | null;
  actionReference: string | null;
  state: ComplaintState;
  responseDays: number | null;
};

export type ComplaintsRegister = { date: string; from: string; wholeRegister: boolean; complaints: ComplaintLine[] };
type ComplaintsData = ComplaintsRegister & { satisfaction: IndicatorInput[]; period: { start: string; end: string } };

type Row = Omit<ComplaintLine, 'state' | 'responseDays'>;

/** Réclamations received within the 12 months up to the pack's date, and older ones still unanswered then. */
export const collectComplaints = (ctx: PackContext, scope: LoopScope): ComplaintsRegister => {
  const rows = ctx.db
    .prepare<LoopScope['params'], Row>(
      `SELECT c.reference, c.complainant_kind AS kind, c.complainant, c.received_on AS receivedOn, c.channel, c.subject,
         c.response_due AS responseDue, c.responded_on AS respondedOn, n.reference AS ncReference,
         c.founded, c.analysed_on AS analysedOn, c.cause, x.reference AS actionReference
       FROM complaints c LEFT JOIN nonconformities n ON n.id = c.nonconformity_id LEFT JOIN actions x ON x.id = c.action_id
       WHERE c.received_on <= @date AND (c.received_on >= @from OR c.responded_on IS NULL OR c.responded_on > @date)
         AND ${scope.process('c.process_id')}
       ORDER BY c.received_on, c.id`,
    )
    .all(scope.params);
  const complaints = rows.map((row): ComplaintLine => {
    const respondedOn = row.respondedOn !== null && row.respondedOn <= ctx.date ? row.respondedOn : null;
    // An analysis made after the pack's date did not exist yet on it.
    const analysed = row.analysedOn !== null && row.analysedOn <= ctx.date;
    return {
      ...row,
      founded: analysed ? row.founded : null,
      analysedOn: analysed ? row.analysedOn : null,
      cause: analysed ? row.cause : null,
      complainant: row.kind === 'salarie' ? null : row.complainant,
      respondedOn,
      state: complaintState({ responseDue: row.responseDue, respondedOn }, ctx.date),
      responseDays: responseTimeDays(row.receivedOn, respondedOn),
    };
  });
  return { ...scope.params, wholeRegister: scope.wholeRegisters, complaints };
};

/** Answered ones' response times, and how many were (or still are) late. */
export const complaintFigures = (complaints: readonly ComplaintLine[]) => ({
  count: complaints.length,
  answered: complaints.filter((c) => c.respondedOn !== null).length,
  late: complaints.filter((c) => c.state === 'en_retard' || c.state === 'repondue_en_retard').length,
  times: responseTimeFigures(complaints.flatMap((c) => (c.responseDays === null ? [] : [c.responseDays]))),
});

const delayCell = (c: ComplaintLine, date: string): Cell => {
  switch (c.state) {
    case 'repondue':
      return days(c.responseDays ?? 0);
    case 'repondue_en_retard':
      return {
        text: `${days(c.responseDays ?? 0)}\nen retard de ${days(daysLate(c.responseDue, c.respondedOn ?? date))}`,
        color: theme.color.gap,
        style: 'bold',
      };
    case 'en_retard':
      return {
        text: `Sans réponse, en retard de ${days(daysLate(c.responseDue, date))}`,
        color: theme.color.gap,
        style: 'bold',
        fill: theme.color.gapLight,
      };
    case 'ouverte':
      return { text: 'En attente de réponse', color: theme.color.muted };
  }
};

/** "Fondée le 12/03/2026 — cause : … — NC-2026-003, ACT-2026-010"; "Analyse à faire". */
const analysisCell = (c: ComplaintLine): Cell => {
  const links = [c.ncReference, c.actionReference].filter((reference) => reference !== null).join(', ');
  if (c.founded === null) return { text: ['Analyse à faire', links].filter(Boolean).join('\n'), color: theme.color.muted };
  return [
    `${complaintFoundedLabels.fr[c.founded]} (analysée le ${shortDate(c.analysedOn)})`,
    ...(c.cause ? [`Cause : ${c.cause}`] : []),
    ...(links ? [`Suite : ${links}`] : []),
  ].join('\n');
};

/** The figures above the register: how many, how fast they were answered (mean and median), how many late. */
const figuresBlock = (b: Builder, complaints: readonly ComplaintLine[]): void => {
  const figures = complaintFigures(complaints);
  keyFigures(b, [
    { value: integer(figures.count), label: `réclamation(s), dont ${integer(figures.answered)} répondue(s)` },
    { value: figures.times ? days(figures.times.average) : '—', label: 'délai moyen de réponse' },
    { value: figures.times ? days(figures.times.median) : '—', label: 'délai médian de réponse' },
    {
      value: `${integer(complaints.filter((c) => c.founded === 'fondee').length)} / ${integer(complaints.filter((c) => c.founded !== null).length)}`,
      label: 'fondée(s) sur celles analysées',
    },
    {
      value: integer(figures.late),
      label: 'répondue(s) en retard ou sans réponse après la date limite',
      color: figures.late > 0 ? theme.color.gap : theme.color.ok,
    },
  ]);
};

/**
 * Réclamations and satisfaction (Cèdre; ISO 9001 § 9.1.2 and § 8.2.1): each réclamation received,
 * analysed (founded or not, its cause, what it led to), answered and how fast; then the indicators
 * of satisfaction and réclamations over the current period, as the next review will see them.
 */
export const complaintsSection: PackSection<ComplaintsData> = {
  id: 'complaints',
  title: packSectionTitles.complaints,
  collect: (ctx) => {
    const { inputs } = packPeriod(ctx);
    return {
      ...collectComplaints(ctx, loopScope(ctx)),
      satisfaction: inputs.indicators.filter((indicator) => indicator.theme === 'satisfaction' || indicator.theme === 'reclamations'),
      period: { start: inputs.periodStart, end: inputs.periodEnd },
    };
  },
  render: (b, data) => {
    b.heading(1, packSectionTitles.complaints, 'complaints');
    b.paragraph(
      `Réclamations reçues du ${shortDate(data.from)} au ${shortDate(data.date)}, et celles reçues avant restées sans réponse. Le délai de réponse se compte en jours, de la réception à la réponse. Le nom d’un salarié en insertion n’est jamais imprimé.${data.wholeRegister ? ' Une réclamation ne se rattache pas à une exigence : le registre est complet.' : ''}`,
      { color: theme.color.muted, size: theme.size.small + 0.5 },
    );
    figuresBlock(b, data.complaints);
    const table = beginTable(b, [
      { header: 'Référence', share: 60, prose: false, style: 'bold' },
      { header: 'Reçue le', share: 54 },
      { header: 'De la part de', share: 66 },
      { header: 'Objet', share: 104 },
      { header: 'Analyse et suite', share: 110 },
      { header: 'Réponse attendue, faite', share: 58, prose: false },
      { header: 'Délai de réponse', share: 60 },
    ]);
    if (data.complaints.length === 0) table.note('Aucune réclamation sur la période.');
    for (const c of data.complaints) {
      table.row([
        c.reference,
        `${shortDate(c.receivedOn)}\n${complaintChannelLabels.fr[c.channel]}`,
        c.complainant ? `${complainantKindLabels.fr[c.kind]}\n${c.complainant}` : complainantKindLabels.fr[c.kind],
        c.subject,
        analysisCell(c),
        `${shortDate(c.responseDue)}\n${c.respondedOn === null ? '—' : shortDate(c.respondedOn)}`,
        delayCell(c, data.date),
      ]);
    }
    table.end();
    b.heading(2, 'Satisfaction et réclamations : indicateurs de la période', 'complaints-satisfaction');
    b.paragraph(`Du ${longDate(data.period.start)} au ${longDate(data.period.end)}.`, {
      color: theme.color.muted,
      size: theme.size.small + 0.5,
    });
    if (data.satisfaction.length === 0)
      b.paragraph('Aucun indicateur de satisfaction ni de réclamations n’est suivi.', { color: theme.color.muted, style: 'italic' });
    else indicatorTable(b, data.satisfaction);
  },
};
