import type Database from 'better-sqlite3';
import type { CrossAudit, GroupSampling } from '../../../../shared/schemas/group-audits';
import { auditStatusLabels, auditTypeFullLabels } from '../../../../shared/labels/audits';
import { crossAuditStateLabels, memberSamplingStateLabels } from '../../../../shared/labels/group-audits';
import { createAuditControl } from '../../audits';
import { readCrossAudits } from '../../group/cross-audits';
import { readGroupSampling } from '../../group/sampling';
import type { Author } from '../../identity/author';
import type { Builder } from '../pdf/builder';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, longDate } from '../pdf/typography';

/** Nobody writes while the pack is drawn: the certification register is only read for its cycle. */
const PACK_READER: Author = { name: 'Sève (dossier de groupe)', personId: null, account: 'groupe' };

/** The group's audits as of the pack's day: the cycle's sampling (with the register's own cycle planner) and the cross-audits. */
export const readGroupAudits = (db: Database.Database, date: string): { sampling: GroupSampling; crossAudits: CrossAudit[] } => {
  const ctx = { db, author: () => PACK_READER, now: () => new Date(`${date}T12:00:00Z`) };
  return { sampling: readGroupSampling(db, date, createAuditControl(ctx).certifications.plan), crossAudits: readCrossAudits(db, date) };
};

const muted = { color: theme.color.muted, size: theme.size.small + 0.5 };

/** « Échantillonnage »: each audit of the group's cycle and the members it sampled, then each member's place and who is still due. */
export const renderSampling = (b: Builder, sampling: GroupSampling, date: string) => {
  b.heading(1, 'Échantillonnage des membres', 'groupe-echantillonnage');
  const { certification } = sampling;
  if (!certification) {
    b.paragraph('Aucune certification de groupe n’est enregistrée : pas de cycle dont montrer l’échantillonnage.');
    return;
  }
  b.paragraph(
    `Cycle de la certification ${certification.scheme}${certification.certificateNumber ? ` n° ${certification.certificateNumber}` : ''}${
      certification.decisionDate && certification.expiryDate
        ? `, du ${longDate(certification.decisionDate)} au ${longDate(certification.expiryDate)}`
        : ''
    }. Chaque membre doit être échantillonné au moins une fois par l’organisme certificateur avant la fin du cycle. Situation au ${longDate(date)}.`,
    muted,
  );
  const audits = beginTable(b, [
    { header: 'Audit', share: 80 },
    { header: 'Type', share: 110 },
    { header: 'Date', share: 80 },
    { header: 'Statut', share: 70 },
    { header: 'Membres échantillonnés', share: 170 },
  ]);
  for (const audit of sampling.audits)
    audits.row([
      audit.reference,
      auditTypeFullLabels.fr[audit.type],
      longDate(audit.startDate),
      auditStatusLabels.fr[audit.status],
      audit.members.length === 0 ? 'non indiqués' : audit.members.map((member) => member.name).join(', '),
    ]);
  audits.end();
  if (sampling.audits.length === 0) b.paragraph('Aucun audit de l’organisme certificateur n’est enregistré dans ce cycle.');
  b.heading(2, 'Les membres dans le cycle', 'groupe-echantillonnage-membres');
  const members = beginTable(b, [
    { header: 'Membre', share: 140 },
    { header: 'Situation', share: 110 },
    { header: 'Audits', share: 260 },
  ]);
  for (const member of sampling.members)
    members.row([
      member.name,
      memberSamplingStateLabels.fr[member.state],
      [
        member.sampledAt.length > 0 ? `échantillonné à ${member.sampledAt.join(', ')}` : '',
        member.plannedAt.length > 0 ? `prévu à ${member.plannedAt.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join(' ; ') || '—',
    ]);
  members.end();
  b.paragraph(
    `${integer(sampling.toSample)} membre(s) à échantillonner ; ${integer(sampling.remainingAudits)} audit(s) restant(s) dans le cycle${
      sampling.sampledPerAudit === null ? '' : `, ${integer(sampling.sampledPerAudit)} membre(s) par audit`
    }.`,
  );
  if (sampling.shortfall) b.paragraph(sampling.shortfall, { style: 'bold' });
};

/** « Audits croisés »: every cross-audit between members, with its state on the pack's day. */
export const renderCrossAudits = (b: Builder, crossAudits: CrossAudit[], date: string) => {
  b.heading(1, 'Audits croisés entre membres', 'groupe-audits-croises');
  b.paragraph(`Audits internes tenus par l’auditeur d’un membre chez un autre membre. Situation au ${longDate(date)}.`, muted);
  if (crossAudits.length === 0) {
    b.paragraph('Aucun audit croisé n’est enregistré.');
    return;
  }
  const table = beginTable(b, [
    { header: 'Auditeur', share: 120 },
    { header: 'Audité', share: 100 },
    { header: 'Prévu le', share: 80 },
    { header: 'Champ', share: 120 },
    { header: 'Situation', share: 150 },
  ]);
  for (const audit of crossAudits)
    table.row([
      `${audit.auditorName} (${audit.auditorMemberName})`,
      audit.auditeeMemberName,
      longDate(audit.plannedOn),
      audit.scope,
      audit.status === 'realise'
        ? `Réalisé le ${longDate(audit.doneOn ?? audit.plannedOn)} : ${audit.conclusion ?? ''}`
        : audit.status === 'annule'
          ? `Annulé le ${longDate(audit.cancelledOn ?? audit.plannedOn)} : ${audit.cancelReason ?? ''}`
          : crossAuditStateLabels.fr[audit.state],
    ]);
  table.end();
};
