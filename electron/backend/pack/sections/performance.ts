import { packSectionTitles } from '../../../../shared/domain/pack';
import { keyFigures } from '../pdf/chart';
import { theme } from '../pdf/theme';
import { integer, longDate, shortDate } from '../pdf/typography';
import { indicatorsBlock, objectivesBlock, previousDecisionsBlock } from '../records/reviewInputsBlocks';
import { packPeriod, type PackPeriod } from './periodData';
import type { PackSection } from './types';

/**
 * This period's performance (ISO 9001 §6.2 and §9.1): the quality objectives and every indicator
 * measured since the period the last management review covered, up to the pack's date, each
 * against its target and alert threshold, with its chart; then where the last review's decisions
 * stand. Read through the management review's own reading, so the figures are those the next
 * review will see. The review covers the whole system: the pack's scope does not narrow it.
 */
export const performanceSection: PackSection<PackPeriod> = {
  id: 'performance',
  title: packSectionTitles.performance,
  collect: packPeriod,
  render: (b, { inputs, chartKinds, lastReview }) => {
    b.heading(1, packSectionTitles.performance, 'performance');
    b.paragraph(
      `Période en cours : du ${longDate(inputs.periodStart)} au ${longDate(inputs.periodEnd)}${lastReview ? `, après la période revue par la revue de direction du ${shortDate(lastReview.heldOn)}` : ', les douze mois jusqu’à la date du dossier (aucune revue de direction tenue avant)'}. Les objectifs qualité suivis et chaque indicateur mesuré sur la période, comparé à sa cible (trait plein) et à son seuil d’alerte (tirets) : les chiffres que la prochaine revue de direction examinera.`,
      { color: theme.color.muted, size: theme.size.small + 0.5 },
    );
    const states = inputs.indicators.map((indicator) => indicator.state);
    const missing = inputs.indicators.reduce((sum, indicator) => sum + indicator.missing.length, 0);
    keyFigures(b, [
      { value: integer(inputs.objectives.length), label: 'objectif(s) qualité suivi(s)' },
      {
        value: `${integer(states.filter((state) => state === 'atteint').length)} / ${integer(inputs.indicators.length)}`,
        label: 'indicateur(s) à la cible à leur dernière mesure',
        color: theme.color.ok,
      },
      {
        value: integer(states.filter((state) => state === 'non_atteint' || state === 'vigilance').length),
        label: 'sous la cible ou en vigilance',
        color: states.some((state) => state === 'non_atteint') ? theme.color.gap : theme.color.accent,
      },
      {
        value: integer(missing),
        label: 'mesure(s) attendue(s) non saisie(s)',
        color: missing > 0 ? theme.color.warn : theme.color.ok,
      },
    ]);
    b.heading(2, 'Objectifs qualité (§ 6.2)', 'performance-objectives');
    objectivesBlock(b, inputs);
    b.heading(2, 'Indicateurs de la période (§ 9.1)', 'performance-indicators');
    indicatorsBlock(b, inputs, chartKinds);
    b.heading(2, 'Suivi des décisions de la dernière revue de direction', 'performance-decisions');
    previousDecisionsBlock(b, inputs);
  },
};
