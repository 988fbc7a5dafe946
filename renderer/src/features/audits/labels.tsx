import type { TFunction } from 'i18next';
import { auditStatuses, auditTypes, type AuditStatus } from '../../../../shared/domain/audits';
import './audits.css';

export const auditTypeOptions = (t: TFunction) => auditTypes.map((type) => ({ id: type, label: t(`audits.type.${type}`) }));

/** Cancelling goes through its own action (with a reason), so the form offers the other statuses. */
export const auditStatusOptions = (t: TFunction, current: AuditStatus | null) =>
  auditStatuses
    .filter((status) => status !== 'annule' || current === 'annule')
    .map((status) => ({ id: status, label: t(`audits.status.${status}`) }));
