import { agendaQuerySchema, agendaSchema } from '../../schemas/agenda';
import { method } from '../method';

export const agendaMethods = {
  'agenda.list': method(agendaQuerySchema, agendaSchema, false),
} as const;
