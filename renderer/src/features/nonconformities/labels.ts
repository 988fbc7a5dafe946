import type { TFunction } from 'i18next';
import {
  manualNonconformitySources,
  nonconformitySources,
  nonconformityStatuses,
  recordableSeverities,
} from '../../../../shared/domain/nonconformities';
import type { Option } from '../../ui/SelectField';

/** The choices of the register's lists, in the interface language. */
export const ncOptions = (t: TFunction) => ({
  severities: recordableSeverities.map((id) => ({ id, label: t(`nonconformities.severity.${id}`) })) satisfies Option[],
  sources: nonconformitySources.map((id) => ({ id, label: t(`nonconformities.source.${id}`) })) satisfies Option[],
  manualSources: manualNonconformitySources.map((id) => ({ id, label: t(`nonconformities.source.${id}`) })) satisfies Option[],
  statuses: nonconformityStatuses.map((id) => ({ id, label: t(`nonconformities.status.${id}`) })) satisfies Option[],
});
