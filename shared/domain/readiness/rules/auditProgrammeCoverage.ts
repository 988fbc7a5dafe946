import { inWords } from '../words';
import type { ReadinessRule } from '../types';

export const auditProgrammeCoverage: ReadinessRule = {
  id: 'audit-programme-coverage',
  title: 'Processus absents du programme d’audit interne du cycle',
  source: { clause: '9.2', cites: 'ISO 9001 § 9.2.2 a (programme couvrant les processus)' },
  grade: 'mineure',
  check: (facts) => {
    const audited = new Set(facts.internalAudits.flatMap((a) => a.processIds));
    return facts.processes
      .filter((p) => !audited.has(p.id))
      .map((p) => ({
        key: String(p.id),
        what: `Le processus « ${p.name} » n’est dans le périmètre d’aucun audit interne du cycle (du ${inWords(facts.cycle.start)} au ${inWords(facts.cycle.end)}) : planifiez-le dans le programme.`,
        evidence: `Périmètres et questionnaires des audits internes du cycle (${facts.internalAudits.length}).`,
        link: '/audits/programme',
      }));
  },
};
