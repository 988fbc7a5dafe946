import { useTranslation } from 'react-i18next';
import { auditReportFileName } from '../../../../shared/domain/pack';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { useAppInfo } from '../organisation/hooks';
import { PdfJobPanel } from './PdfJobPanel';
import { usePdfJob } from './usePdfJob';
import './pack.css';

/** One audit's report as a PDF (identity, checklist, findings by grade), drawn as the evidence pack draws it. */
export const AuditReportButton = ({ auditId, reference }: { auditId: number; reference: string }) => {
  const { t } = useTranslation();
  const host = useAppInfo().data?.host ?? 'browser';
  const controls = usePdfJob(host);
  return (
    <div className="read-sheet">
      <Button
        isDisabled={controls.busy}
        onPress={() =>
          void controls.start(auditReportFileName(reference), (targetId) =>
            call('audits.startReport', { auditId, ...(targetId ? { targetId } : {}) }),
          )
        }
      >
        {t('pack.auditReport')}
      </Button>
      <PdfJobPanel controls={controls} host={host} />
    </div>
  );
};
