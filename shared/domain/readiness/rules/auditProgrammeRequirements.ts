import { requirementTree } from '../../audit-coverage';
import { compareRequirementNumbers } from '../../referentials';
import type { ReadinessRequirement } from '../facts';
import { inWords } from '../words';
import type { ReadinessRule } from '../types';

const named = (r: ReadinessRequirement) => `§ ${r.number} « ${r.titleFr} »`;

/** « a », « a et b », « a, b et c ». */
const listed = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`);

/**
 * The applicable clauses (second level: 4.1, 7.5…, as the programme's screen counts them) that no
 * internal audit of the cycle covers by its scope, a checklist line or a finding (`requirementTree`,
 * the screen's own rule; a clause excluded, or under an excluded chapter, is never a gap). One
 * finding per chapter, listing its clauses: a referential of some thirty clauses would otherwise
 * bury the list under as many lines for one fix, the programme. A point to watch: the cycle still
 * runs, and many programmes reach the clauses through the processes they audit.
 */
export const auditProgrammeRequirements: ReadinessRule = {
  id: 'audit-programme-requirements',
  title: 'Exigences absentes du programme d’audit interne du cycle',
  source: { clause: '9.2', cites: 'ISO 9001 § 9.2.1 a et § 9.2.2 a (programme couvrant les exigences de la norme et du système)' },
  grade: 'sensible',
  check: (facts) => {
    const tree = requirementTree(facts.requirements);
    const byId = new Map(facts.requirements.map((r) => [r.id, r]));
    const covered = tree.covered(facts.internalAudits.flatMap((audit) => audit.requirementIds));
    const byChapter = new Map<number, ReadinessRequirement[]>();
    for (const requirement of facts.requirements) {
      const lineage = tree.lineage(requirement.id);
      const chapter = lineage[1];
      if (lineage.length !== 2 || chapter === undefined || covered.has(requirement.id)) continue;
      if (lineage.some((id) => byId.get(id)?.applicable === false)) continue;
      byChapter.set(chapter, [...(byChapter.get(chapter) ?? []), requirement]);
    }
    const cycle = `du ${inWords(facts.cycle.start)} au ${inWords(facts.cycle.end)}`;
    const evidence = `Périmètres, questionnaires et constats des audits internes du cycle (${facts.internalAudits.length}), exigences applicables du référentiel.`;
    const chapters = facts.requirements.filter((r) => byChapter.has(r.id)).sort((a, b) => compareRequirementNumbers(a.number, b.number));
    return chapters.map((chapter) => {
      const clauses = [...(byChapter.get(chapter.id) ?? [])].sort((a, b) => compareRequirementNumbers(a.number, b.number)).map(named);
      const what =
        clauses.length === 1
          ? `${listed(clauses)} (chapitre ${chapter.number}) n’est dans le périmètre, le questionnaire ni les constats d’aucun audit interne du cycle (${cycle}) : planifiez-le dans le programme.`
          : `Chapitre ${chapter.number} « ${chapter.titleFr} » : ${listed(clauses)} ne sont dans le périmètre, le questionnaire ni les constats d’aucun audit interne du cycle (${cycle}) : planifiez-les dans le programme.`;
      return { key: String(chapter.id), what, evidence, link: '/audits/programme' };
    });
  },
};
