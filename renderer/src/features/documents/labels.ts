import { documentStatuses } from '../../../../shared/domain/documents';
import type { Option } from '../../ui/SelectField';
import type { TFunction } from 'i18next';

export const statusOptions = (t: TFunction): Option[] =>
  documentStatuses.map((status) => ({ id: status, label: t(`documents.status.${status}`) }));
