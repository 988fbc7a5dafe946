import { useTranslation } from 'react-i18next';
import { readSheetFileName } from '../../../../shared/domain/pack';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { useAppInfo } from '../organisation/hooks';
import { PdfJobPanel } from './PdfJobPanel';
import { usePdfJob } from './usePdfJob';
import './pack.css';

/** A document's read-acknowledgement sheet (émargement) as a PDF, for its version in force. */
export const ReadSheetButton = ({ documentId, reference, indice }: { documentId: number; reference: string; indice: string }) => {
  const { t } = useTranslation();
  const host = useAppInfo().data?.host ?? 'browser';
  const controls = usePdfJob(host);
  return (
    <div className="read-sheet">
      <Button
        isDisabled={controls.busy}
        onPress={() =>
          void controls.start(readSheetFileName(reference, indice), (targetId) =>
            call('pack.startReadSheet', { documentId, ...(targetId ? { targetId } : {}) }),
          )
        }
      >
        {t('pack.readSheet')}
      </Button>
      <PdfJobPanel controls={controls} host={host} />
    </div>
  );
};
