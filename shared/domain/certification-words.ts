import type { NcSeverity } from './audits';
import {
  familyFacts,
  type DeadlineRule,
  type FollowUp,
  type RuleFamily,
  type SchemeRules,
  type StructureRule,
} from './certification-rules';

const months = (count: number) => `${count} mois`;
const bases = { fin_audit: 'la fin de l’audit', notification: 'la notification du rapport' } as const;
const followUps: Record<FollowUp, string> = {
  verification_organisme: 'vérification par l’organisme',
  mise_en_oeuvre: 'mise en œuvre',
};

/**
 * One grade's deadlines in words: "plan d'actions sous 3 mois, vérification par l'organisme sous 6
 * mois, comptés depuis la fin de l'audit". `family` null: the structure's rule for internal audits.
 */
export const describeGradeRule = (rule: DeadlineRule, severity: NcSeverity, family: RuleFamily | null): string => {
  const facts = family === null ? null : familyFacts[family];
  const answerWhat = facts?.answer[severity] === 'actions' ? 'actions correctives effectives' : 'plan d’actions';
  const answer =
    rule.answerMonths === null ? `${answerWhat} dans le délai fixé par l’organisme` : `${answerWhat} sous ${months(rule.answerMonths)}`;
  const followUpWhat = facts?.followUp[severity] ?? (family === null ? 'mise_en_oeuvre' : null);
  const parts = [answer];
  if (rule.followUpMonths !== null) parts.push(`${followUps[followUpWhat ?? 'mise_en_oeuvre']} sous ${months(rule.followUpMonths)}`);
  else if (family !== null) parts.push('mise en œuvre vérifiée à l’audit suivant');
  return `${parts.join(', ')}, comptés depuis ${bases[rule.from]}`;
};

/** A whole rule in words, as the finding form and the certification show it. */
export const describeRules = (rules: SchemeRules | StructureRule, family: RuleFamily | null): string => {
  const who = family === null ? 'Règle de la structure' : familyFacts[family].label;
  return `${who} — NC majeure : ${describeGradeRule(rules.majeure, 'majeure', family)} ; NC mineure : ${describeGradeRule(rules.mineure, 'mineure', family)}.`;
};
