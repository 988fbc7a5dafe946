import { suggestionKindLabels } from '../../../../shared/labels/suggestions';
import type { ActionStatus } from '../../../../shared/domain/actions';
import type { NonconformityStatus } from '../../../../shared/domain/nonconformities';
import { packSectionTitles } from '../../../../shared/domain/pack';
import type { SuggestionKind, SuggestionStatus } from '../../../../shared/domain/suggestions';
import { beginTable, type Cell } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, shortDate } from '../pdf/typography';
import { actionStateCell, ncStatusText } from '../records/nonconformityBlock';
import { nonconformityStatusesOn } from '../../nonconformities/on-date';
import { loopScope, type LoopScope } from './loopScope';
import type { PackSection } from './types';

type SuggestionLine = {
  reference: string;
  authorName: string;
  suggestedOn: string;
  kind: SuggestionKind;
  description: string;
  status: SuggestionStatus;
  rejectionReason: string | null;
  triagedOn: string | null;
  ncId: number | null;
  ncReference: string | null;
  ncStatus: NonconformityStatus | null;
  ncClosedOn: string | null;
  actionReference: string | null;
  actionStatus: ActionStatus | null;
  actionOpenedOn: string | null;
  actionDueDate: string | null;
  actionDoneOn: string | null;
  actionAbandonedOn: string | null;
  actionAbandonReason: string | null;
};

type SuggestionsData = { date: string; from: string; wholeRegister: boolean; suggestions: SuggestionLine[] };

const cellText = (cell: Cell): { text: string; color?: string } => (typeof cell === 'string' ? { text: cell } : cell);

/** What the triage made of a fiche, and where that stands on the pack's date. */
const outcomeCell = (s: SuggestionLine, date: string): Cell => {
  const triaged = s.triagedOn ? `\ntriée le ${shortDate(s.triagedOn)}` : '';
  switch (s.status) {
    case 'a_trier':
      return { text: 'À trier : aucune suite décidée', color: theme.color.warn, style: 'bold' };
    case 'non_retenue':
      return { text: `Non retenue : ${s.rejectionReason ?? ''}${triaged}`, color: theme.color.muted };
    case 'nc':
      return `Non-conformité ${s.ncReference ?? ''} — ${ncStatusText({ status: s.ncStatus ?? 'a_traiter', closedOn: s.ncClosedOn })}${triaged}`;
    case 'action': {
      if (s.actionReference === null || s.actionStatus === null || s.actionDueDate === null || s.actionOpenedOn === null) {
        return `Action${triaged}`;
      }
      const action = {
        status: s.actionStatus,
        openedOn: s.actionOpenedOn,
        dueDate: s.actionDueDate,
        doneOn: s.actionDoneOn,
        abandonedOn: s.actionAbandonedOn,
        abandonReason: s.actionAbandonReason,
      };
      const state = cellText(actionStateCell(action, date));
      return { text: `Action ${s.actionReference} — ${state.text}${triaged}`, color: state.color };
    }
  }
};

/** ISO 9001 § 10.3: the ideas and problems noted by the team, and what came of each. */
export const suggestionsSection: PackSection<SuggestionsData> = {
  id: 'suggestions',
  title: packSectionTitles.suggestions,
  collect: (ctx) => {
    const scope = loopScope(ctx);
    const rows = ctx.db
      .prepare<LoopScope['params'], SuggestionLine>(
        `SELECT s.reference, a.name AS authorName, s.suggested_on AS suggestedOn, s.kind, s.description, s.status,
           s.rejection_reason AS rejectionReason, s.triaged_on AS triagedOn,
           n.id AS ncId, n.reference AS ncReference, n.status AS ncStatus, n.closed_on AS ncClosedOn,
           x.reference AS actionReference, x.status AS actionStatus, x.opened_on AS actionOpenedOn, x.due_date AS actionDueDate,
           x.done_on AS actionDoneOn, x.abandoned_on AS actionAbandonedOn, x.abandon_reason AS actionAbandonReason
         FROM suggestions s
         JOIN people a ON a.id = s.author_id
         LEFT JOIN nonconformities n ON n.id = s.nonconformity_id
         LEFT JOIN actions x ON x.suggestion_id = s.id
         WHERE s.suggested_on <= @date AND (s.suggested_on >= @from OR s.status = 'a_trier' OR s.triaged_on > @date)
           AND ${scope.process('s.process_id')}
         ORDER BY s.suggested_on, s.id`,
      )
      .all(scope.params);
    // A fiche triaged after the pack's date was still waiting on it; its nonconformity is in the state of that day.
    const ncStatuses = nonconformityStatusesOn(
      ctx.db,
      rows.flatMap((row) => (row.ncId === null ? [] : [row.ncId])),
      ctx.date,
    );
    const suggestions = rows.map((row) =>
      row.triagedOn !== null && row.triagedOn > ctx.date
        ? { ...row, status: 'a_trier' as const, triagedOn: null }
        : { ...row, ncStatus: row.ncId === null ? null : (ncStatuses.get(row.ncId) ?? row.ncStatus) },
    );
    return { ...scope.params, wholeRegister: scope.wholeRegisters, suggestions };
  },
  render: (b, data) => {
    b.heading(1, packSectionTitles.suggestions, 'suggestions');
    const waiting = data.suggestions.filter((s) => s.status === 'a_trier').length;
    b.paragraph(
      `Idées et problèmes notés du ${shortDate(data.from)} au ${shortDate(data.date)}, et les fiches plus anciennes encore à trier : ${integer(data.suggestions.length)} fiche(s), dont ${integer(waiting)} à trier. Pour chacune, la suite donnée : une non-conformité, une action du plan, ou non retenue avec le motif.${data.wholeRegister ? ' Une fiche ne se rattache pas à une exigence : le registre est complet.' : ''}`,
      { color: theme.color.muted, size: theme.size.small + 0.5 },
    );
    const table = beginTable(b, [
      { header: 'Référence', share: 58, prose: false, style: 'bold' },
      { header: 'Date', share: 50, prose: false },
      { header: 'Proposée par', share: 70 },
      { header: 'Nature', share: 50 },
      { header: 'Description', share: 147 },
      { header: 'Statut et suite donnée', share: 120 },
    ]);
    if (data.suggestions.length === 0) table.note('Aucune fiche d’amélioration sur la période.');
    for (const s of data.suggestions) {
      table.row([
        s.reference,
        shortDate(s.suggestedOn),
        s.authorName,
        suggestionKindLabels.fr[s.kind],
        s.description,
        outcomeCell(s, data.date),
      ]);
    }
    table.end();
  },
};
