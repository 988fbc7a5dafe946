import type { ChartKind, IndicatorDirection, IndicatorFrequency, IndicatorTheme, IndicatorUnit } from './indicators';

/**
 * Indicators most SIAE follow (DOMAIN.md §4), offered when creating one: the user picks a template,
 * edits any field and saves, or starts from a blank form. Only the State's published targets are
 * filled in (sorties dynamiques ≥ 60 %, emploi durable ≥ 25 %); every other target and every alert
 * threshold is the structure's own choice, so it is left empty.
 */
export type IndicatorTemplate = {
  code: string;
  name: string;
  description: string;
  theme: IndicatorTheme;
  unit: IndicatorUnit;
  scaleMax: number | null;
  direction: IndicatorDirection;
  target: number | null;
  alertThreshold: number | null;
  frequency: IndicatorFrequency;
  chartKind: ChartKind;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  partLabels: string[] | null;
};

const base = {
  scaleMax: null,
  target: null,
  alertThreshold: null,
  numeratorLabel: null,
  denominatorLabel: null,
  partLabels: null,
} as const;

export const indicatorTemplates: readonly IndicatorTemplate[] = [
  {
    ...base,
    code: 'sorties_dynamiques',
    name: 'Taux de sorties dynamiques',
    description: 'Part des sorties vers l’emploi durable, l’emploi de transition ou une sortie positive, parmi les sorties de la période.',
    theme: 'parcours',
    unit: 'pourcentage',
    direction: 'hausse',
    target: 60,
    frequency: 'trimestrielle',
    chartKind: 'ligne',
    numeratorLabel: 'Sorties dynamiques',
    denominatorLabel: 'Sorties de la période',
    partLabels: ['Emploi durable', 'Emploi de transition', 'Sorties positives'],
  },
  {
    ...base,
    code: 'emploi_durable',
    name: 'Taux de sorties en emploi durable',
    description: 'CDI, CDD ou intérim de six mois et plus, création d’entreprise… parmi les sorties de la période.',
    theme: 'parcours',
    unit: 'pourcentage',
    direction: 'hausse',
    target: 25,
    frequency: 'trimestrielle',
    chartKind: 'ligne',
    numeratorLabel: 'Sorties en emploi durable',
    denominatorLabel: 'Sorties de la période',
  },
  ...(['salariés en insertion', 'clients et utilisateurs', 'partenaires et prescripteurs'] as const).map(
    (who, index): IndicatorTemplate => ({
      ...base,
      code: ['satisfaction_salaries', 'satisfaction_clients', 'satisfaction_partenaires'][index] ?? 'satisfaction',
      name: `Satisfaction des ${who}`,
      description: `Part des ${who} satisfaits ou très satisfaits parmi les réponses à l’enquête.`,
      theme: 'satisfaction',
      unit: 'pourcentage',
      direction: 'hausse',
      frequency: 'annuelle',
      chartKind: 'barres',
      numeratorLabel: 'Réponses satisfaites',
      denominatorLabel: 'Réponses',
    }),
  ),
  {
    ...base,
    code: 'reclamations',
    name: 'Nombre de réclamations',
    description: 'Réclamations enregistrées dans le registre sur la période.',
    theme: 'reclamations',
    unit: 'nombre',
    direction: 'baisse',
    frequency: 'trimestrielle',
    chartKind: 'barres',
  },
  {
    ...base,
    code: 'delai_reclamations',
    name: 'Délai moyen de réponse aux réclamations',
    description: 'Jours entre la réception d’une réclamation et la réponse, en moyenne sur la période.',
    theme: 'reclamations',
    unit: 'jours',
    direction: 'baisse',
    frequency: 'trimestrielle',
    chartKind: 'ligne',
  },
  {
    ...base,
    code: 'bilans_echeance',
    name: 'Bilans d’engagement tenus à l’échéance',
    description: 'Part des bilans des engagements réciproques tenus à la date prévue.',
    theme: 'parcours',
    unit: 'pourcentage',
    direction: 'hausse',
    frequency: 'trimestrielle',
    chartKind: 'ligne',
    numeratorLabel: 'Bilans tenus à l’échéance',
    denominatorLabel: 'Bilans arrivés à échéance',
  },
  {
    ...base,
    code: 'heures_mad',
    name: 'Heures de mise à disposition',
    description: 'Heures de travail facturées aux clients et utilisateurs sur la période.',
    theme: 'activite',
    unit: 'heures',
    direction: 'hausse',
    frequency: 'mensuelle',
    chartKind: 'barres',
  },
];

export const findTemplate = (code: string): IndicatorTemplate | undefined => indicatorTemplates.find((template) => template.code === code);
