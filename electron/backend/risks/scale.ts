import type Database from 'better-sqlite3';
import { DEFAULT_RISK_SCALE, type RiskScale } from '../../../shared/domain/risks';
import { riskScaleSchema } from '../../../shared/schemas/risks';
import { createSettingsRepository } from '../organisation/repository';

/** The setting holding the structure's evaluation scale (JSON); absent: the default 4 × 4 scale. */
export const RISK_SCALE_KEY = 'risks.scale';

/** The scale the file holds, or the default when it holds none (or one another tool damaged). */
export const readRiskScale = (db: Database.Database): RiskScale => {
  const stored = createSettingsRepository(db).get(RISK_SCALE_KEY);
  if (stored === null) return DEFAULT_RISK_SCALE;
  try {
    const parsed = riskScaleSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : DEFAULT_RISK_SCALE;
  } catch {
    return DEFAULT_RISK_SCALE;
  }
};
