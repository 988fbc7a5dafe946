import { useTranslation } from 'react-i18next';
import { auditReportFileName } from '../../../../shared/domain/pack';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { useAppInfo } from '../organisation/hooks';
import { PdfJobPanel } from './PdfJobPanel';
import { usePdfJob } from './usePdfJob';
import './pack.css';

/**
 * One audit as a PDF, drawn as the evidence pack draws it: an internal audit's report (objectives,
 * criteria, checklist, findings by grade, conclusion, lines to sign); for a certification body's
 * audit, its findings and the structure's responses (its report is the body's).
 */
export const AuditReportButton = ({ auditId, reference, external }: { auditId: number; reference: string; external: boolean }) => {
  const { t } = useTranslation();
  const host = useAppInfo().data?.host ?? 'browser';
  const controls = usePdfJob(host);
  return (
    <div className="read-sheet">
      <Button
        isDisabled={controls.busy}
        onPress={() =>
          void controls.start(auditReportFileName(reference, external), (targetId) =>
            call('audits.startReport', { auditId, ...(targetId ? { targetId } : {}) }),
          )
        }
      >
        {t(external ? 'pack.auditFindings' : 'pack.auditReport')}
      </Button>
      <PdfJobPanel controls={controls} host={host} />
    </div>
  );
};
