import { auditTypeFullLabels } from '../../../../shared/labels/audits';
import type { ChecklistResult } from '../../../../shared/domain/audits';
import type { Audit } from '../../../../shared/schemas/audits';
import type { Cell } from '../pdf/table';
import { theme } from '../pdf/theme';
import { longDate } from '../pdf/typography';

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
  `${audit.reference} — ${auditTypeFullLabels.fr[audit.type]}, ${auditDates(audit)}`;
