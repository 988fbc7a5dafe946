import { decisionKindLabels, reviewTextLabels } from '../../../../shared/labels/management-review';
import type Database from 'better-sqlite3';
import type { ChartKind } from '../../../../shared/domain/indicators';
import type { ManagementReview, ReviewInputs } from '../../../../shared/schemas/management-review';
import { ServiceError } from '../../errors';
import { createManagementReview } from '../../management-review';
import { PackFailure } from '../failure';
import type { Builder } from '../pdf/builder';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { dateTime, longDate, shortDate } from '../pdf/typography';
import type { Provenance } from '../provenance';
import type { PdfPlan } from '../render';
import { organisationName } from '../sections/cover';
import { readingOnly } from '../../identity/author';
import {
  actionText,
  auditsBlock,
  complaintsBlock,
  improvementBlock,
  indicatorsBlock,
  nonconformitiesBlock,
  objectivesBlock,
  previousDecisionsBlock,
} from './reviewInputsBlocks';
import { contextChangesBlock, risksBlock } from './reviewContextBlocks';
import { competencesBlock, providersBlock, surveysBlock } from './reviewSupportBlocks';

/** Everything a review's minutes print, read once on the worker's read-only connection. */
export type ReviewPrint = { review: ManagementReview; inputs: ReviewInputs; chartKinds: Map<number, ChartKind> };

/**
 * Reads a review through the management review's own service (its reads are prepared statements
 * and pure rules; nothing is written), as it stands on `today`: a held review's frozen inputs, a
 * review in preparation's inputs read now.
 */
export const collectReviewPrint = (db: Database.Database, reviewId: number, today: Date): ReviewPrint => {
  const direction = createManagementReview({ db, author: readingOnly, now: () => today });
  try {
    const review = direction.managementReviews.get(reviewId);
    const inputs = direction.managementReviews.inputs(reviewId);
    const chartKinds = new Map(direction.indicators.list(true).map((indicator) => [indicator.id, indicator.chartKind]));
    return { review, inputs, chartKinds };
  } catch (error) {
    if (error instanceof ServiceError) throw new PackFailure(error.code, error.message);
    throw error;
  }
};

const participantsText = (review: ManagementReview): string =>
  [...review.participants.map((p) => (p.jobTitle ? `${p.name} (${p.jobTitle})` : p.name)), review.otherParticipants]
    .filter((name): name is string => name !== null && name !== '')
    .join(', ') || 'aucun participant enregistré';

const freeText = (b: Builder, text: string | null): void =>
  b.paragraph(text ?? 'Non renseigné.', text === null ? { color: theme.color.muted, style: 'italic' } : {});

/** What the file knows (absent from reviews held before the context registers), then what was written at the review. */
const withComment = (b: Builder, known: ((b: Builder) => void) | null, text: string | null): void => {
  if (known === null) return freeText(b, text);
  known(b);
  if (text === null) return;
  b.paragraph('Commentaires de la revue', { style: 'bold' });
  b.paragraph(text);
};

/**
 * The body of a review's minutes, in the order of ISO 9001 §9.3.2 then §9.3.3, with level-2
 * headings whose ids start with `prefix` (the minutes and the pack's §9.3 section both print it).
 */
export const renderReviewBody = (b: Builder, print: ReviewPrint, prefix: string): void => {
  const { review, inputs } = print;
  const { context, risks } = inputs;
  b.keyValues([
    ['Date de la revue', longDate(review.heldOn)],
    ['Période revue', `du ${longDate(review.periodStart)} au ${longDate(review.periodEnd)}`],
    ['Participants', participantsText(review)],
    [
      'Statut',
      review.heldAt === null
        ? `En préparation : projet de compte rendu, éléments d’entrée lus dans le fichier.`
        : `Revue tenue ; compte rendu figé le ${dateTime(new Date(review.heldAt))}.`,
    ],
    ['Éléments d’entrée', `Situation au ${longDate(inputs.readOn)}, sans les décisions de cette revue.`],
  ]);
  const sections: [string, (b: Builder) => void][] = [
    ['Suite des décisions de la revue précédente', (x) => previousDecisionsBlock(x, inputs)],
    [
      reviewTextLabels.fr.contextChanges,
      (x) => withComment(x, context ? (y) => contextChangesBlock(y, context, inputs.readOn) : null, review.contextChanges),
    ],
    [
      'Satisfaction des clients et réclamations',
      (x) => {
        complaintsBlock(x, inputs);
        surveysBlock(x, inputs);
      },
    ],
    ['Objectifs qualité', (x) => objectivesBlock(x, inputs)],
    ['Indicateurs : performance des processus', (x) => indicatorsBlock(x, inputs, print.chartKinds)],
    ['Non-conformités et actions correctives', (x) => nonconformitiesBlock(x, inputs)],
    ['Résultats des audits', (x) => auditsBlock(x, inputs)],
    [
      reviewTextLabels.fr.externalProviders,
      (x) => {
        providersBlock(x, inputs);
        if (review.externalProviders !== null || inputs.providers === undefined) freeText(x, review.externalProviders);
      },
    ],
    [
      reviewTextLabels.fr.resources,
      (x) => {
        competencesBlock(x, inputs);
        if (review.resources !== null || inputs.competences === undefined) freeText(x, review.resources);
      },
    ],
    [
      reviewTextLabels.fr.risksOpportunities,
      (x) => withComment(x, risks ? (y) => risksBlock(y, risks, inputs.readOn) : null, review.risksOpportunities),
    ],
    ['Opportunités d’amélioration et maîtrise documentaire', (x) => improvementBlock(x, inputs)],
  ];
  b.paragraph('Éléments d’entrée', { style: 'bold', size: theme.size.h2 + 1, color: theme.color.accent });
  sections.forEach(([title, render], index) => {
    b.heading(2, `${index + 1}. ${title}`, `${prefix}-entree-${index + 1}`);
    render(b);
  });
  b.heading(2, 'Décisions et actions', `${prefix}-decisions`);
  const decisions = beginTable(b, [
    { header: 'N°', share: 18, prose: false },
    { header: 'Nature', share: 64 },
    { header: 'Décision', share: 200 },
    { header: 'Action du plan', share: 190 },
  ]);
  if (review.decisions.length === 0) decisions.note('Aucune décision enregistrée.');
  for (const decision of review.decisions) {
    decisions.row([String(decision.position), decisionKindLabels.fr[decision.kind], decision.text, actionText(decision)]);
  }
  decisions.end();
  b.heading(2, reviewTextLabels.fr.conclusion, `${prefix}-conclusion`);
  freeText(b, review.conclusion);
};

/** The minutes (compte rendu) of one management review as a PDF, with the lines the direction signs. */
export const reviewMinutesPlan = (db: Database.Database, reviewId: number, provenance: Provenance): PdfPlan => {
  const print = collectReviewPrint(db, reviewId, provenance.generatedAt);
  const organisation = organisationName(db);
  const { review } = print;
  const title = `Compte rendu de la revue de direction du ${longDate(review.heldOn)}`;
  return {
    meta: {
      title: `${title} — ${organisation}`,
      subject: `Revue de direction (ISO 9001 § 9.3) couvrant la période du ${shortDate(review.periodStart)} au ${shortDate(review.periodEnd)}.`,
      author: organisation,
      keywords: 'revue de direction, compte rendu, ISO 9001 9.3, décisions, indicateurs',
      createdAt: provenance.generatedAt,
    },
    embeds: false,
    frame: { organisation, title: `Revue de direction du ${shortDate(review.heldOn)}`, packId: provenance.packId },
    cover: null,
    toc: false,
    bodies: [
      {
        title: 'Compte rendu',
        render: (b) => {
          b.newPage();
          b.heading(1, title, 'revue');
          renderReviewBody(b, print, 'revue');
          b.heading(2, 'Validation', 'revue-validation');
          const signatures = beginTable(
            b,
            [
              { header: 'Pour la direction', share: 180 },
              { header: 'Date', share: 80 },
              { header: 'Signature', share: 200 },
            ],
            { zebra: false },
          );
          signatures.row(['', '', ' \n \n ']);
          signatures.end();
          b.paragraph(`Compte rendu établi avec Sève le ${dateTime(provenance.generatedAt)} par ${provenance.producer}.`, {
            size: theme.size.small,
            color: theme.color.muted,
          });
        },
      },
    ],
  };
};
