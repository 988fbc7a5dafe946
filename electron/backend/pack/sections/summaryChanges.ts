import { internalAuditTypes, isHeldAudit } from '../../../../shared/domain/audits';
import { twelveMonthsEndingOn } from '../../../../shared/domain/dates';
import type { Builder } from '../pdf/builder';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, shortDate } from '../pdf/typography';
import { bodyAuditsBefore, packAudits } from './auditData';
import { referenceList } from './coverageClauses';
import { IN_SCOPE } from './scope';
import { ACTION_JOINS, loopScope, type LoopScope } from './loopScope';
import type { PackContext } from './types';

type Change = { what: string; count: number; detail: string };

export type Changes = {
  /** The certification body's last audit ("AUD-2026-01 du 20/02/2026"), or null: the 12 months up to the pack. */
  since: { label: string | null; date: string };
  date: string;
  changes: Change[];
};

/**
 * What changed since the certification body's last audit (else within the 12 months up to the
 * pack's date), from the records' own dates: versions brought into force or withdrawn, audits and
 * reviews held, nonconformities detected and closed, actions completed, réclamations, objectives.
 */
export const collectChanges = (ctx: PackContext): Changes => {
  const audits = packAudits(ctx);
  const last = bodyAuditsBefore(audits, ctx.date)[0];
  const since = last ? last.endDate : twelveMonthsEndingOn(ctx.date);
  const scope = loopScope(ctx);
  const params = { ...scope.params, since };
  // Strictly after the audit's last day; from the first day of the 12 months.
  const strict = last ? '>' : '>=';
  const rows = <T>(sql: string): T[] => ctx.db.prepare<LoopScope['params'] & { since: string }, T>(sql).all(params);
  const versions = rows<{ label: string; first: number }>(
    `SELECT d.reference || ' indice ' || v.indice AS label, v.sequence = 1 AS first FROM document_versions v JOIN documents d ON d.id = v.document_id
     WHERE v.status IN ('en_vigueur', 'obsolete') AND v.effective_date ${strict} @since AND v.effective_date <= @date
       AND d.id IN (${IN_SCOPE})
     ORDER BY v.effective_date, d.reference`,
  );
  // A withdrawn document belongs to no scope any more: listed for the whole system only.
  const withdrawn = rows<{ label: string }>(
    `SELECT d.reference AS label FROM documents d WHERE d.status = 'obsolete'
       AND (SELECT max(v.obsolete_on) FROM document_versions v WHERE v.document_id = d.id) ${strict} @since
       AND (SELECT max(v.obsolete_on) FROM document_versions v WHERE v.document_id = d.id) <= @date
       AND ${ctx.scope.kind === 'all' ? '1' : '0'}
     ORDER BY d.reference`,
  );
  const inRange = (day: string): boolean => (last ? day > since : day >= since) && day <= ctx.date;
  const internal = audits.audits
    .filter((audit) => internalAuditTypes.includes(audit.type) && isHeldAudit(audit.status) && inRange(audit.startDate))
    .reverse();
  const reviews = rows<{ label: string }>(
    `SELECT 'revue du ' || substr(held_on, 9, 2) || '/' || substr(held_on, 6, 2) || '/' || substr(held_on, 1, 4) AS label
     FROM management_reviews WHERE status = 'tenue' AND held_on ${strict} @since AND held_on <= @date ORDER BY held_on`,
  );
  const detected = rows<{ label: string }>(
    `SELECT n.reference AS label FROM nonconformities n WHERE n.detected_on ${strict} @since AND n.detected_on <= @date AND ${scope.nonconformity}
     ORDER BY n.detected_on, n.id`,
  );
  const closed = rows<{ label: string }>(
    `SELECT n.reference AS label FROM nonconformities n WHERE n.closed_on ${strict} @since AND n.closed_on <= @date AND ${scope.nonconformity}
     ORDER BY n.closed_on, n.id`,
  );
  const done = rows<{ label: string }>(
    `SELECT x.reference AS label FROM actions x ${ACTION_JOINS}
     WHERE x.done_on ${strict} @since AND x.done_on <= @date AND ${scope.action} ORDER BY x.done_on, x.id`,
  );
  const complaints = rows<{ label: string }>(
    `SELECT c.reference AS label FROM complaints c WHERE c.received_on ${strict} @since AND c.received_on <= @date
       AND ${scope.process('c.process_id')} ORDER BY c.received_on, c.id`,
  );
  const objectives = rows<{ label: string }>(
    `SELECT title AS label FROM quality_objectives WHERE set_on ${strict} @since AND set_on <= @date ORDER BY set_on, id`,
  );
  const list = (items: readonly { label: string }[], max = 6) =>
    referenceList(
      items.map((item) => item.label),
      max,
    );
  const newDocuments = versions.filter((version) => version.first === 1);
  const revised = versions.filter((version) => version.first !== 1);
  return {
    since: { label: last ? `${last.reference} du ${shortDate(last.startDate)}` : null, date: since },
    date: ctx.date,
    changes: [
      { what: 'Documents nouveaux en vigueur', count: newDocuments.length, detail: list(newDocuments) },
      { what: 'Documents révisés (nouvel indice)', count: revised.length, detail: list(revised) },
      { what: 'Documents retirés', count: withdrawn.length, detail: list(withdrawn) },
      { what: 'Audits internes tenus', count: internal.length, detail: referenceList(internal.map((audit) => audit.reference)) },
      { what: 'Revues de direction tenues', count: reviews.length, detail: list(reviews) },
      { what: 'Objectifs qualité fixés', count: objectives.length, detail: list(objectives, 3) },
      { what: 'Non-conformités détectées', count: detected.length, detail: list(detected) },
      { what: 'Non-conformités closes', count: closed.length, detail: list(closed) },
      { what: 'Actions réalisées', count: done.length, detail: list(done) },
      { what: 'Réclamations reçues', count: complaints.length, detail: list(complaints) },
    ],
  };
};

export const renderChanges = (b: Builder, data: Changes): void => {
  b.heading(2, 'Évolutions depuis le dernier audit', 'summary-changes');
  b.paragraph(
    data.since.label
      ? `Depuis le dernier audit de l’organisme certificateur, ${data.since.label} (terminé le ${shortDate(data.since.date)}), jusqu’au ${shortDate(data.date)}, d’après les dates des enregistrements.`
      : `Aucun audit de l’organisme certificateur à cette date : les douze mois du ${shortDate(data.since.date)} au ${shortDate(data.date)}, d’après les dates des enregistrements.`,
    { color: theme.color.muted, size: theme.size.small + 0.5 },
  );
  const table = beginTable(b, [
    { header: 'Évolution', share: 150, style: 'bold' },
    { header: 'Nombre', share: 50, align: 'right' },
    { header: 'Lesquels', share: 280 },
  ]);
  for (const change of data.changes)
    table.row([change.what, integer(change.count), change.count === 0 ? { text: '—', color: theme.color.muted } : change.detail]);
  table.end();
};
