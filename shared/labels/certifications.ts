import type { certificationStatuses, cycleSlots } from '../domain/certification';
import type { deadlineBases, ruleFamilies } from '../domain/certification-rules';
import type { ncSeverities } from '../domain/audits';
import type { Labels } from './types';

// Certifications and their cycle rules: the words the screens (through i18n) and the PDFs print for stored codes.

export const certificationStatusLabels: Labels<(typeof certificationStatuses)[number]> = {
  fr: { en_preparation: 'En préparation', certifie: 'Certifié', suspendu: 'Suspendu', expire: 'Expiré' },
  en: { en_preparation: 'In preparation', certifie: 'Certified', suspendu: 'Suspended', expire: 'Expired' },
};

export const cycleSlotLabels: Labels<(typeof cycleSlots)[number]> = {
  fr: { surveillance_1: 'Surveillance 1', surveillance_2: 'Surveillance 2', renouvellement: 'Renouvellement' },
  en: { surveillance_1: 'Surveillance 1', surveillance_2: 'Surveillance 2', renouvellement: 'Renewal' },
};

export const ruleFamilyLabels: Labels<(typeof ruleFamilies)[number]> = {
  fr: { iso17021: 'ISO/IEC 17021-1 (Cèdre ISO 9001, ISO 9001…)', qualiopi: 'Qualiopi (arrêté du 6 juin 2019 modifié)' },
  en: { iso17021: 'ISO/IEC 17021-1 (Cèdre ISO 9001, ISO 9001…)', qualiopi: 'Qualiopi (arrêté of 6 June 2019 as amended)' },
};

export const deadlineBaseLabels: Labels<(typeof deadlineBases)[number]> = {
  fr: { fin_audit: 'la fin de l’audit', notification: 'la notification du rapport' },
  en: { fin_audit: 'the end of the audit', notification: 'the report’s notification' },
};

export const ncSeverityLabels: Labels<(typeof ncSeverities)[number]> = {
  fr: { majeure: 'NC majeure', mineure: 'NC mineure' },
  en: { majeure: 'Major NC', mineure: 'Minor NC' },
};
