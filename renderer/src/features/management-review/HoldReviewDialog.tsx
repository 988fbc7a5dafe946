import { useTranslation } from 'react-i18next';
import type { ManagementReview } from '../../../../shared/schemas/management-review';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { useHoldReview } from './hooks';

type Props = { review: ManagementReview; isOpen: boolean; onOpenChange: (isOpen: boolean) => void; onHeld: () => void };

/** Closes the review once held: its inputs are frozen as they read today, and it is no longer edited. */
export const HoldReviewDialog = ({ review, isOpen, onOpenChange, onHeld }: Props) => {
  const { t } = useTranslation();
  const hold = useHoldReview();
  return (
    <Modal title={t('managementReview.hold.title')} isOpen={isOpen} onOpenChange={onOpenChange}>
      <p>{t('managementReview.hold.text')}</p>
      {hold.isError && <FormAlert message={hold.error.message} />}
      <div className="form__actions">
        <Button
          variant="primary"
          isDisabled={hold.isPending}
          onPress={() => hold.mutate({ id: review.id, revision: review.revision }, { onSuccess: onHeld })}
        >
          {t('managementReview.hold.confirm')}
        </Button>
        <Button variant="quiet" onPress={() => onOpenChange(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </Modal>
  );
};
