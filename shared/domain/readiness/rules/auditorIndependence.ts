import type { ReadinessRule } from '../types';

export const auditorIndependence: ReadinessRule = {
  id: 'auditor-independence',
  title: 'Auditeurs qui auditent leur propre travail',
  source: { clause: '9.2', cites: 'ISO 9001 § 9.2.2 c (objectivité et impartialité des auditeurs)' },
  grade: 'mineure',
  check: (facts) => {
    const pilots = new Map(facts.processes.map((p) => [p.id, p]));
    return facts.internalAudits.flatMap((audit) =>
      audit.auditors.flatMap((auditor) =>
        audit.processIds
          .map((id) => pilots.get(id))
          .filter((p) => p !== undefined && p.pilotId === auditor.id)
          .map((p) => ({
            key: `${audit.id}:${auditor.id}:${p?.id}`,
            what: `${auditor.name} audite le processus « ${p?.name} » dont il ou elle est pilote (${audit.reference}) : confiez cette partie à un autre auditeur.`,
            evidence: `Équipe d’audit de ${audit.reference} et pilotes des processus de son périmètre.`,
            link: `/audits/${audit.id}`,
          })),
      ),
    );
  },
};
