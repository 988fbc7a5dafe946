import { packSectionTitles } from '../../../../shared/domain/pack';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { shortDate } from '../pdf/typography';
import { collectReviewPrint, renderReviewBody, type ReviewPrint } from '../records/reviewMinutes';
import type { PackSection } from './types';

type ReviewLine = {
  id: number;
  heldOn: string;
  periodStart: string;
  periodEnd: string;
  status: 'en_preparation' | 'tenue';
  decisions: number;
  actions: number;
};
type ManagementReviewData = { reviews: ReviewLine[]; latest: ReviewPrint | null };

/**
 * §9.3: every management review up to the pack's date, then the latest one held in full (its
 * frozen inputs, its decisions and where their actions stand on the pack's date). The review
 * covers the whole system, so the pack's scope does not narrow it.
 */
export const managementReviewSection: PackSection<ManagementReviewData> = {
  id: 'managementReview',
  title: packSectionTitles.managementReview,
  collect: (ctx) => {
    const reviews = ctx.db
      .prepare<[string], ReviewLine>(
        `SELECT r.id, r.held_on AS heldOn, r.period_start AS periodStart, r.period_end AS periodEnd, r.status,
           (SELECT count(*) FROM management_review_decisions d WHERE d.review_id = r.id) AS decisions,
           (SELECT count(*) FROM management_review_decisions d WHERE d.review_id = r.id AND d.action_id IS NOT NULL) AS actions
         FROM management_reviews r WHERE r.held_on <= ? ORDER BY r.held_on DESC, r.id DESC`,
      )
      .all(ctx.date);
    const latest = reviews.find((review) => review.status === 'tenue');
    return { reviews, latest: latest === undefined ? null : collectReviewPrint(ctx.db, latest.id, new Date(`${ctx.date}T12:00:00Z`)) };
  },
  render: (b, data) => {
    b.heading(1, packSectionTitles.managementReview, 'management-review');
    b.paragraph('Les revues de direction enregistrées jusqu’à la date du dossier, puis le compte rendu de la dernière revue tenue.', {
      color: theme.color.muted,
      size: theme.size.small + 0.5,
    });
    const table = beginTable(b, [
      { header: 'Revue du', share: 60, prose: false },
      { header: 'Période revue', share: 130, prose: false },
      { header: 'Statut', share: 80 },
      { header: 'Décisions', share: 60, prose: false },
      { header: 'Dont actions', share: 60, prose: false },
    ]);
    if (data.reviews.length === 0) table.note('Aucune revue de direction enregistrée à la date du dossier.', theme.color.gap);
    for (const review of data.reviews) {
      table.row([
        shortDate(review.heldOn),
        `${shortDate(review.periodStart)} – ${shortDate(review.periodEnd)}`,
        review.status === 'tenue' ? 'Tenue' : 'En préparation',
        String(review.decisions),
        String(review.actions),
      ]);
    }
    table.end();
    if (data.latest === null) {
      b.paragraph('Aucune revue de direction tenue (close) à la date du dossier.', { color: theme.color.gap });
      return;
    }
    b.heading(2, `Compte rendu de la revue du ${shortDate(data.latest.review.heldOn)}`, 'management-review-latest');
    renderReviewBody(b, data.latest, 'management-review');
  },
};
