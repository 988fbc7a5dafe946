import type { CertificationStatus } from '../../../../shared/domain/certification';
import { NOT_RECORDED } from '../../../../shared/domain/pack';
import type { Certification } from '../../../../shared/schemas/audits';
import { longDate } from '../pdf/typography';
import { auditLine } from '../records/auditLabels';
import { packAudits } from './auditData';
import type { PackContext } from './types';

const certificationStatusLabels: Record<CertificationStatus, string> = {
  en_preparation: 'en préparation',
  certifie: 'certifié',
  suspendu: 'suspendu',
  expire: 'expiré',
};

/** "n° 2026-CED-0042, valable du 15 mars 2026 au 14 mars 2029 (certifié)". */
const certificateText = (certification: Certification): string => {
  const number = certification.certificateNumber ? `n° ${certification.certificateNumber}` : `numéro ${NOT_RECORDED}`;
  const validity =
    certification.decisionDate && certification.expiryDate
      ? `, valable du ${longDate(certification.decisionDate)} au ${longDate(certification.expiryDate)}`
      : '';
  return `${number}${validity} (${certificationStatusLabels[certification.status]})`;
};

/**
 * The cover's lines about the certification: the audit the pack is for and its certification, or
 * with no audit chosen the certification in force at the pack's date.
 */
export const coverCertificationRows = (ctx: PackContext): [string, string][] => {
  const { audit, certification } = packAudits(ctx);
  return [
    ['Schéma de certification', certification?.scheme ?? NOT_RECORDED],
    ['Organisme certificateur', certification?.body ?? NOT_RECORDED],
    ['Certificat', certification ? certificateText(certification) : NOT_RECORDED],
    ...(certification?.isGroup
      ? ([
          [
            'Certification de groupe',
            `${certification.groupName ?? NOT_RECORDED}${certification.centralFunction ? ` (fonction centrale : ${certification.centralFunction})` : ''}`,
          ],
        ] as [string, string][])
      : []),
    ['Audit', audit ? auditLine(audit) : 'aucun audit choisi : dossier établi à la date ci-dessous'],
  ];
};
