import { agendaQuerySchema, agendaSchema, reminderShownSchema, remindersSchema, remindersUpdateSchema } from '../../schemas/agenda';
import { emptyInput } from '../../schemas/common';
import { method } from '../method';

export const agendaMethods = {
  'agenda.list': method(agendaQuerySchema, agendaSchema, false),
  // This computer's preference, not the data file's: neither writes to the file.
  'agenda.reminders': method(emptyInput, remindersSchema, false),
  'agenda.setReminders': method(remindersUpdateSchema, remindersSchema, false),
  'agenda.markReminded': method(reminderShownSchema, remindersSchema, false),
} as const;
