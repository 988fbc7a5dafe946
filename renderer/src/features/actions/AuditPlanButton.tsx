import { useTranslation } from 'react-i18next';
import { auditActionPlanFileName } from '../../../../shared/domain/pack';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { useAppInfo } from '../organisation/hooks';
import { PdfJobPanel } from '../pack/PdfJobPanel';
import { usePdfJob } from '../pack/usePdfJob';
import '../pack/pack.css';
import './actions.css';

/** The action plan answering an audit's findings, as a PDF to send to the certification body. */
export const AuditPlanButton = ({ auditId, reference }: { auditId: number; reference: string }) => {
  const { t } = useTranslation();
  const host = useAppInfo().data?.host ?? 'browser';
  const controls = usePdfJob(host);
  return (
    <div className="pdf-action">
      <Button
        isDisabled={controls.busy}
        onPress={() =>
          void controls.start(auditActionPlanFileName(reference), (targetId) =>
            call('actions.startAuditPlan', { auditId, ...(targetId ? { targetId } : {}) }),
          )
        }
      >
        {t('actions.auditPlanPdf')}
      </Button>
      <PdfJobPanel controls={controls} host={host} />
    </div>
  );
};
