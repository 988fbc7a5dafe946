import { csvDate, toCsv } from '../../../shared/domain/csv';
import { evaluationResultLabels, providerKindLabels } from '../../../shared/labels/providers';
import type { Provider } from '../../../shared/schemas/providers';

const header = [
  'Prestataire',
  'Type',
  'Ce qu’il fournit',
  'Processus',
  'Depuis le',
  'Actif',
  'Dernière évaluation',
  'Note',
  'Résultat',
  'Prochaine évaluation',
];

/** The register of providers and partners as a CSV file for French Excel. */
export const providersCsv = (providers: readonly Provider[], today: string) => {
  const rows = providers.map((p) => [
    p.name,
    providerKindLabels.fr[p.kind],
    p.supplies,
    p.processName ?? '',
    csvDate(p.since),
    p.active ? 'Oui' : 'Non',
    csvDate(p.lastEvaluation?.evaluatedOn ?? null),
    p.lastEvaluation === null ? '' : String(p.lastEvaluation.score).replace('.', ','),
    p.lastEvaluation === null ? '' : evaluationResultLabels.fr[p.lastEvaluation.result],
    csvDate(p.nextEvaluationDue),
  ]);
  const content = Buffer.from(toCsv(header, rows), 'utf8');
  return { fileName: `Prestataires ${today}.csv`, mediaType: 'text/csv; charset=utf-8', size: content.byteLength, content };
};
