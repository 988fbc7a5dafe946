/**
 * Every screen (its path in the router) and the section of the user guide that explains it, by its
 * heading's anchor. The router takes its paths from here, so a new screen cannot be added without
 * its section; a test checks each section exists in docs/USER-GUIDE.md.
 */
export const screenHelp = {
  'a-faire': 'a-faire',
  documents: 'documents',
  'documents/nouveau': 'documents',
  'documents/importer': 'importer-un-dossier-de-documents',
  'documents/:id': 'versions-et-approbation',
  processus: 'processus',
  referentiels: 'referentiels',
  'referentiels/nouveau': 'referentiels',
  'referentiels/:id': 'referentiels',
  'referentiels/:id/nouvelle-exigence': 'referentiels',
  'exigences/:id': 'referentiels',
  certifications: 'certifications',
  'certifications/nouvelle': 'certifications',
  'certifications/:id': 'certifications',
  audits: 'audits',
  'audits/nouveau': 'audits',
  'audits/programme': 'audits',
  'audits/:id': 'audits',
  'non-conformites': 'non-conformites',
  'non-conformites/nouvelle': 'non-conformites',
  'non-conformites/:id': 'non-conformites',
  'plan-actions': 'plan-d-actions',
  'actions/:id': 'plan-d-actions',
  reclamations: 'reclamations',
  'reclamations/:id': 'reclamations',
  ameliorations: 'ameliorations',
  'ameliorations/:id': 'ameliorations',
  indicateurs: 'indicateurs',
  'indicateurs/nouveau': 'indicateurs',
  'indicateurs/:id': 'indicateurs',
  objectifs: 'objectifs-qualite-et-politique',
  'revues-de-direction': 'revue-de-direction',
  'revues-de-direction/nouvelle': 'revue-de-direction',
  'revues-de-direction/:id': 'revue-de-direction',
  'dossier-de-preuves': 'dossier-de-preuves-pdf-pour-l-auditeur',
  annuaire: 'annuaire',
  structure: 'structure',
  fichier: 'fichier-et-sauvegardes',
  aide: 'aide',
  'aide/:section': 'aide',
} as const;

export type ScreenPath = keyof typeof screenHelp;
