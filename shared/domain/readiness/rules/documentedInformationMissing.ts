import type { ReadinessRule } from '../types';

export const documentedInformationMissing: ReadinessRule = {
  id: 'documented-information-missing',
  title: 'Informations documentées demandées par la norme et absentes',
  source: { clause: '7.5.1', cites: 'ISO 9001 § 7.5.1 a (informations documentées exigées par la norme)' },
  grade: 'mineure',
  check: (facts) => {
    const byId = new Map(facts.requirements.map((r) => [r.id, r]));
    // A document linked to a clause answers its sub-clauses too.
    const answered = (id: number | null): boolean => {
      const requirement = id === null ? undefined : byId.get(id);
      return requirement !== undefined && (requirement.documentInForce || answered(requirement.parentId));
    };
    return facts.requirements
      .filter((r) => r.applicable && r.keepsDocument && !answered(r.id))
      .map((r) => ({
        key: String(r.id),
        what: `§ ${r.number} « ${r.titleFr} » demande une information documentée tenue à jour, et aucun document en vigueur n’y est lié : liez le document qui y répond.`,
        evidence: `Documents en vigueur liés à l’exigence et à celles qui la contiennent.`,
        link: `/exigences/${r.id}`,
        requirement: r.number,
      }));
  },
};
