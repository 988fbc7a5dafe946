import { ServiceError } from '../errors';
import { createLifeWrites } from '../issues/life-writes';
import type { RisksContext } from './context';

/** A risk's place in its register: reviewed by its due date, retired once over (never with an action still open). */
export const createRiskLife = (rc: RisksContext) =>
  createLifeWrites({
    db: rc.db,
    now: rc.now,
    current: rc.current,
    mustGet: rc.mustGet,
    life: rc.life,
    repo: rc.risks,
    record: rc.record,
    beforeRetire: (risk) => {
      const open = risk.actions.find((existing) => existing.status === 'a_faire' || existing.status === 'en_cours');
      if (open !== undefined) {
        throw new ServiceError(
          'conflict',
          `L’action ${open.reference} de ${risk.reference} est encore ouverte : réalisez-la ou abandonnez-la avant de retirer le risque.`,
        );
      }
    },
  });
