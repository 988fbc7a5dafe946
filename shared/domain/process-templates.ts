import type { ProcessKind } from './processes';

/** The kinds of SIAE a process map template exists for. */
export const structureKinds = ['aci', 'ai', 'ei', 'etti'] as const;
export type StructureKind = (typeof structureKinds)[number];

export const structureKindLabels: Record<StructureKind, string> = {
  aci: 'Atelier et chantier d’insertion (ACI)',
  ai: 'Association intermédiaire (AI)',
  ei: 'Entreprise d’insertion (EI)',
  etti: 'Entreprise de travail temporaire d’insertion (ETTI)',
};

export type TemplateProcess = { name: string; kind: ProcessKind };

const pilotage: TemplateProcess[] = [{ name: 'Pilotage et amélioration continue', kind: 'pilotage' }];

const support: TemplateProcess[] = [
  { name: 'Ressources humaines permanentes et paie', kind: 'support' },
  { name: 'Gestion administrative et financière', kind: 'support' },
  { name: 'Achats et moyens matériels', kind: 'support' },
  { name: 'Informatique et documentation', kind: 'support' },
];

const pathway = (work: TemplateProcess[], clients: string): TemplateProcess[] => [
  { name: 'Accueil et recrutement', kind: 'realisation' },
  ...work,
  { name: 'Accompagnement socioprofessionnel et formation', kind: 'realisation' },
  { name: 'Préparation à la sortie', kind: 'realisation' },
  { name: clients, kind: 'realisation' },
];

/**
 * Process maps by kind of structure: only the usual process names of an SIAE (pilotage, the
 * pathway from recruitment to exit, the work situation of each kind, relations with clients, the
 * support functions). No pilot, document or figure is invented: the user edits the list before
 * accepting it, and fills in the rest.
 */
export const processTemplates: Record<StructureKind, TemplateProcess[]> = {
  aci: [
    ...pilotage,
    ...pathway(
      [{ name: 'Mise en situation de travail (chantier, atelier)', kind: 'realisation' }],
      'Relations clients, partenaires et réclamations',
    ),
    ...support,
  ],
  ai: [
    ...pilotage,
    ...pathway(
      [{ name: 'Mise à disposition et suivi des missions', kind: 'realisation' }],
      'Relations clients et utilisateurs, réclamations',
    ),
    ...support,
  ],
  ei: [
    ...pilotage,
    ...pathway([{ name: 'Production et mise en situation de travail', kind: 'realisation' }], 'Relations clients et réclamations'),
    ...support,
  ],
  etti: [
    ...pilotage,
    ...pathway(
      [{ name: 'Missions de travail temporaire : délégation et suivi', kind: 'realisation' }],
      'Relations entreprises clientes et réclamations',
    ),
    ...support,
  ],
};
