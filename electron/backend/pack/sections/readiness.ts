import { packSectionTitles } from '../../../../shared/domain/pack';
import type { Readiness } from '../../../../shared/schemas/readiness';
import { readReadiness } from '../../readiness/read';
import { renderReadiness } from '../records/readinessList';
import type { PackSection } from './types';

/** The pack's optional opening page: where preparation stands on the pack's date (or its audit's). */
export const readinessSection: PackSection<Readiness> = {
  id: 'readiness',
  title: packSectionTitles.readiness,
  collect: (ctx) => readReadiness(ctx.db, { asOf: ctx.date, auditId: ctx.auditId }),
  render: (b, data) => renderReadiness(b, data, 'readiness'),
};
