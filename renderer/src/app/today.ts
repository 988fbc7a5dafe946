import { isValidCalendarDate, toCalendarDate, type CalendarDate } from '../../../shared/domain/dates';
import { launchParameter } from '../api/launch';

/**
 * Today on this computer: the renderer reads the clock here and passes it to the shared rules. In
 * browser mode started with `--today`, the day it pinned (the file's clock follows the same day).
 */
export const todayOnThisComputer = (): CalendarDate => {
  const pinned = launchParameter('today');
  return pinned !== null && isValidCalendarDate(pinned) ? pinned : toCalendarDate(new Date());
};
