import type { TFunction } from 'i18next';
import { documentTypes } from '../../../../shared/domain/documents';
import type { Option } from '../../ui/SelectField';

/** The kinds of document to choose from (the register's form, the import of a folder), in the interface language. */
export const typeOptions = (t: TFunction): Option[] => documentTypes.map((type) => ({ id: type, label: t(`documents.type.${type}`) }));
