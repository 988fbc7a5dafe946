import { useTranslation } from 'react-i18next';
import { Button } from './Button';

/** Submit (showing progress) and cancel, the same way in every form. */
export const FormActions = ({
  submitLabel,
  isSubmitting,
  onCancel,
}: {
  submitLabel: string;
  isSubmitting: boolean;
  onCancel?: () => void;
}) => {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <Button type="submit" variant="primary" isDisabled={isSubmitting}>
        {isSubmitting ? t('common.saving') : submitLabel}
      </Button>
      {onCancel && (
        <Button variant="quiet" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
    </div>
  );
};
