import type { ReadinessRule } from '../types';

export const nonconformityClosedWithoutProof: ReadinessRule = {
  id: 'nonconformity-closed-without-proof',
  title: 'Non-conformités closes sans analyse des causes ou sans vérification d’efficacité',
  source: { clause: '10.2', cites: 'ISO 9001 § 10.2.1 b et d, § 10.2.2 (informations conservées)' },
  grade: 'mineure',
  check: (facts) =>
    facts.nonconformities
      .filter((n) => n.closedOn !== null && n.severity !== 'observation' && (!n.analysed || n.verdict !== 'efficace'))
      .map((n) => ({
        key: String(n.id),
        what: `${n.reference} « ${n.description} » est close ${!n.analysed ? 'sans analyse des causes' : 'sans vérification d’efficacité concluante'} : complétez ce qui manque.`,
        evidence: `Analyse des causes et vérifications d’efficacité de ${n.reference}.`,
        link: `/non-conformites/${n.id}`,
        ...(n.requirementNumber === null ? {} : { requirement: n.requirementNumber }),
      })),
};
