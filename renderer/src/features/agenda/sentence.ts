import type { TFunction } from 'i18next';
import { auditTypes, type AuditType } from '../../../../shared/domain/audits';
import type { AgendaItem } from '../../../../shared/schemas/agenda';

const auditType = (t: TFunction, detail: string | null): string =>
  auditTypes.includes(detail as AuditType) ? t(`audits.type.${detail as AuditType}`) : (detail ?? '');

/** What an agenda line asks the user to do, in a sentence (also the calendar event's summary). */
export const itemSentence = (t: TFunction, item: AgendaItem): string => {
  const values = { reference: item.reference ?? '', label: item.label, detail: item.detail ?? '', count: item.count ?? 0 };
  switch (item.kind) {
    case 'audit':
    case 'audit_preparation':
      return t(`agenda.sentence.${item.kind}`, { ...values, type: auditType(t, item.detail) });
    case 'document_reads':
      return t('agenda.sentence.document_reads', values);
    default:
      return t(`agenda.sentence.${item.kind}`, values);
  }
};
