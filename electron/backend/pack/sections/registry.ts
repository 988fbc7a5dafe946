import type { PackSectionId } from '../../../../shared/domain/pack';
import type { Builder } from '../pdf/builder';
import { auditsSection } from './audits';
import { coverageSection } from './coverage';
import { documentsSection } from './documents';
import { evidenceSection } from './evidence';
import { managementReviewSection } from './managementReview';
import { complaintsSection } from './complaints';
import { contextSection } from './context';
import { followUpSection } from './followUp';
import { performanceSection } from './performance';
import { nonconformitiesSection } from './nonconformities';
import { suggestionsSection } from './suggestions';
import { reviewsSection } from './reviews';
import { summarySection } from './summary';
import { competencesSection } from './competences';
import { providersSection } from './providers';
import { surveysSection } from './surveys';
import { readinessSection } from './readiness';
import type { PackContext, PackSection, RenderEnv } from './types';

/** A section ready to be drawn (twice): each drawing reads its data, draws it and lets it go. */
export type PreparedSection = { id: PackSectionId; title: string; render: (b: Builder, env: RenderEnv) => void | Promise<void> };

type RegisteredSection = { id: PackSectionId; title: string; prepare: (ctx: PackContext) => PreparedSection };

const register = <T>(section: PackSection<T>): RegisteredSection => ({
  id: section.id,
  title: section.title,
  // The data is read when the section is drawn, not before the first page: only one section's rows
  // are ever in memory. Both passes read the same snapshot (one read transaction), so they agree.
  prepare: (ctx) => ({ id: section.id, title: section.title, render: (b, env) => section.render(b, section.collect(ctx), env) }),
});

/**
 * Every section a pack can hold. To add one (audits, nonconformities, réclamations…): add its id
 * and title to `shared/domain/pack.ts`, write its `PackSection` (collect + render) in this folder,
 * and list it here; the typechecker refuses an id without its module.
 */
export const packSections: Record<PackSectionId, RegisteredSection> = {
  readiness: register(readinessSection),
  summary: register(summarySection),
  followUp: register(followUpSection),
  context: register(contextSection),
  performance: register(performanceSection),
  coverage: register(coverageSection),
  documents: register(documentsSection),
  reviews: register(reviewsSection),
  audits: register(auditsSection),
  managementReview: register(managementReviewSection),
  nonconformities: register(nonconformitiesSection),
  complaints: register(complaintsSection),
  suggestions: register(suggestionsSection),
  competences: register(competencesSection),
  providers: register(providersSection),
  surveys: register(surveysSection),
  evidence: register(evidenceSection),
};
