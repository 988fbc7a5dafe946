import { csvDate, toCsv } from '../../../shared/domain/csv';
import {
  watchDecisionLabels,
  watchDomainLabels,
  watchFrequencyLabels,
  watchImpactLabels,
  watchItemStateLabels,
} from '../../../shared/labels/watch';
import type { WatchItem, WatchSource } from '../../../shared/schemas/watch';
import { csvFile } from '../issues/csv';

const itemHeader = [
  'Référence',
  'Relevée le',
  'Source',
  'Domaine',
  'Intitulé',
  'Résumé',
  'Lien',
  'Analyse d’impact',
  'Impact',
  'Décision',
  'Décidée le',
  'Actions',
  'Personnes informées',
  'Informées le',
  'Situation',
];

/** The watch items as a CSV file, named after the day it was drawn. */
export const watchCsv = (items: readonly WatchItem[], today: string) =>
  csvFile(
    `Veille ${today}.csv`,
    toCsv(
      itemHeader,
      items.map((item) => [
        item.reference,
        csvDate(item.noticedOn),
        item.sourceName ?? '',
        watchDomainLabels.fr[item.domain],
        item.title,
        item.summary,
        item.url ?? '',
        item.analysis ?? '',
        item.impact ? watchImpactLabels.fr[item.impact] : '',
        item.decision ? watchDecisionLabels.fr[item.decision] : '',
        csvDate(item.decidedOn),
        item.actions.map((action) => action.reference).join(' ; '),
        [...item.informed.map((person) => person.name), ...(item.informedOthers ? [item.informedOthers] : [])].join(' ; '),
        csvDate(item.informedOn),
        watchItemStateLabels.fr[item.state],
      ]),
    ),
  );

const sourceHeader = [
  'Source',
  'Domaine',
  'Adresse',
  'Fréquence',
  'Responsable',
  'Suivie depuis',
  'Dernière consultation',
  'Prochaine consultation',
  'En retard',
  'Suivie',
];

/** The sources followed as a CSV file. */
export const watchSourcesCsv = (sources: readonly WatchSource[], today: string) =>
  csvFile(
    `Sources de veille ${today}.csv`,
    toCsv(
      sourceHeader,
      sources.map((source) => [
        source.name,
        watchDomainLabels.fr[source.domain],
        source.url ?? '',
        watchFrequencyLabels.fr[source.frequency],
        source.ownerName ?? '',
        csvDate(source.followedSince),
        csvDate(source.lastConsultedOn),
        csvDate(source.nextConsultationDue),
        source.consultationLate ? 'Oui' : 'Non',
        source.active ? 'Oui' : 'Non',
      ]),
    ),
  );
