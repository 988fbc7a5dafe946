import { useTranslation } from 'react-i18next';
import { reviewMinutesFileName } from '../../../../shared/domain/pack';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { useAppInfo } from '../organisation/hooks';
import { PdfJobPanel } from '../pack/PdfJobPanel';
import { usePdfJob } from '../pack/usePdfJob';
import '../pack/pack.css';

/** The review's minutes as a PDF (the evidence pack's building blocks): a draft while prepared, final once held. */
export const MinutesButton = ({ reviewId, heldOn }: { reviewId: number; heldOn: string }) => {
  const { t } = useTranslation();
  const host = useAppInfo().data?.host ?? 'browser';
  const controls = usePdfJob(host);
  return (
    <div className="read-sheet">
      <Button
        isDisabled={controls.busy}
        onPress={() =>
          void controls.start(reviewMinutesFileName(heldOn), (targetId) =>
            call('management.startMinutes', { reviewId, ...(targetId ? { targetId } : {}) }),
          )
        }
      >
        {t('managementReview.minutes.action')}
      </Button>
      <PdfJobPanel controls={controls} host={host} />
    </div>
  );
};
