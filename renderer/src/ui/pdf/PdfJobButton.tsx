import { useAppInfo } from '../../app/appInfo';
import { Button } from '../Button';
import { PdfJobPanel } from './PdfJobPanel';
import { usePdfJob } from './usePdfJob';
import './pdf.css';

/**
 * A button that makes one PDF (a record's, or the evidence pack's building blocks), with its progress,
 * cancel, and its download (browser mode) or opening (desktop) under it. `start` asks the backend for
 * the job; on the desktop it receives where the save dialog said to write it.
 */
export const PdfJobButton = ({
  label,
  fileName,
  start,
  inHeader = false,
}: {
  label: string;
  fileName: string;
  start: (targetId: string | undefined) => Promise<{ jobId: string }>;
  /** Among a page's header actions: the progress opens under the button, the other buttons keep their height. */
  inHeader?: boolean;
}) => {
  const host = useAppInfo().data?.host ?? 'browser';
  const controls = usePdfJob(host);
  return (
    <div className={inHeader ? 'pdf-action' : undefined}>
      <Button isDisabled={controls.busy} onPress={() => void controls.start(fileName, start)}>
        {label}
      </Button>
      <PdfJobPanel controls={controls} host={host} />
    </div>
  );
};
