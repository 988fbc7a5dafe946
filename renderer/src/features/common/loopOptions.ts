import type { TFunction } from 'i18next';
import { actionSources, actionStatuses, actionTypes } from '../../../../shared/domain/actions';
import {
  manualNonconformitySources,
  nonconformitySources,
  nonconformityStatuses,
  recordableSeverities,
} from '../../../../shared/domain/nonconformities';
import type { Option } from '../../ui/SelectField';

/** The choices of the nonconformity register's lists and forms, in the interface language. */
export const ncOptions = (t: TFunction) => ({
  severities: recordableSeverities.map((id) => ({ id, label: t(`nonconformities.severity.${id}`) })) satisfies Option[],
  sources: nonconformitySources.map((id) => ({ id, label: t(`nonconformities.source.${id}`) })) satisfies Option[],
  manualSources: manualNonconformitySources.map((id) => ({ id, label: t(`nonconformities.source.${id}`) })) satisfies Option[],
  statuses: nonconformityStatuses.map((id) => ({ id, label: t(`nonconformities.status.${id}`) })) satisfies Option[],
});

/** The choices of the action plan's lists and forms, in the interface language. */
export const actionOptions = (t: TFunction) => ({
  types: actionTypes.map((id) => ({ id, label: t(`actions.type.${id}`) })) satisfies Option[],
  statuses: actionStatuses.map((id) => ({ id, label: t(`actions.status.${id}`) })) satisfies Option[],
  sources: actionSources.map((id) => ({ id, label: t(`actions.source.${id}`) })) satisfies Option[],
});
