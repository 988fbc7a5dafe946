import type { TFunction } from 'i18next';
import { cycleSlots, type CycleSlot } from '../../../../shared/domain/certification';

/** An audit's place in the certification cycle (stored as text on the audit), in words. */
export const cycleSlotLabel = (t: TFunction, slot: string): string =>
  cycleSlots.includes(slot as CycleSlot) ? t(`certifications.plan.slot.${slot as CycleSlot}`) : slot;
