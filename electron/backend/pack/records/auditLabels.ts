import type { AuditStatus, ChecklistResult, FindingStatus } from '../../../../shared/domain/audits';
import type { Audit } from '../../../../shared/schemas/audits';
import type { Cell } from '../pdf/table';
import { theme } from '../pdf/theme';
import { longDate } from '../pdf/typography';
import { auditTypeLabels } from './reviewLabels';

/** The French words audit reports print for stored codes (audit types are the management review's). */
export const auditStatusLabels: Record<AuditStatus, string> = {
  planifie: 'Planifié',
  realise: 'Réalisé',
  rapport_recu: 'Rapport reçu',
  clos: 'Clos',
  annule: 'Annulé',
};

export const findingStatusLabels: Record<FindingStatus, string> = {
  a_traiter: 'À traiter',
  repondu: 'Répondu',
  leve: 'Levé',
  sans_suite: 'Sans suite',
};

/** A checklist result as a cell: the word (never the colour alone), coloured as the app shows it. */
export const checklistResultCell = (result: ChecklistResult | null): Cell => {
  switch (result) {
    case 'conforme':
      return { text: 'Conforme', color: theme.color.ok };
    case 'constat':
      return { text: 'Constat', color: theme.color.warn, style: 'bold' };
    case 'non_vu':
      return { text: 'Non vu', color: theme.color.neutral };
    case null:
      return { text: 'À renseigner', color: theme.color.muted, style: 'italic' };
  }
};

/** "le 2 mars 2027", or "du 2 mars 2027 au 4 mars 2027". */
export const auditDates = (audit: Pick<Audit, 'startDate' | 'endDate'>): string =>
  audit.startDate === audit.endDate ? `le ${longDate(audit.startDate)}` : `du ${longDate(audit.startDate)} au ${longDate(audit.endDate)}`;

/** "AUD-2027-01 — Audit de surveillance, du 2 mars 2027 au 4 mars 2027". */
export const auditLine = (audit: Pick<Audit, 'reference' | 'type' | 'startDate' | 'endDate'>): string =>
  `${audit.reference} — ${auditTypeLabels[audit.type]}, ${auditDates(audit)}`;
