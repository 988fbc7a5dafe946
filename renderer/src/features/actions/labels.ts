import type { TFunction } from 'i18next';
import { actionSources, actionStatuses, actionTypes } from '../../../../shared/domain/actions';
import type { Option } from '../../ui/SelectField';

/** The choices of the action lists, in the interface language. */
export const actionOptions = (t: TFunction) => ({
  types: actionTypes.map((id) => ({ id, label: t(`actions.type.${id}`) })) satisfies Option[],
  statuses: actionStatuses.map((id) => ({ id, label: t(`actions.status.${id}`) })) satisfies Option[],
  sources: actionSources.map((id) => ({ id, label: t(`actions.source.${id}`) })) satisfies Option[],
});
