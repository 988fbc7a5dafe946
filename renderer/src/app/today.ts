import { toCalendarDate, type CalendarDate } from '../../../shared/domain/dates';

/** Today on this computer: the renderer reads the clock here and passes it to the shared rules. */
export const todayOnThisComputer = (): CalendarDate => toCalendarDate(new Date());
