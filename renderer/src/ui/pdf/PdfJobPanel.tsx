import { useTranslation } from 'react-i18next';
import { Label, ProgressBar } from 'react-aria-components';
import { Button } from '../../ui/Button';
import type { PdfJobControls } from './usePdfJob';

/** The progress of a PDF export (current step, bar, cancel), then what to do with the result. */
export const PdfJobPanel = ({
  controls,
  host,
  onAgain,
}: {
  controls: PdfJobControls;
  host: 'electron' | 'browser';
  onAgain?: () => void;
}) => {
  const { t } = useTranslation();
  const { job, error } = controls;
  return (
    <div className="pdf-job" aria-live="polite">
      {error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
      {job?.state === 'running' && (
        <>
          <ProgressBar className="pdf-job__progress" value={Math.round(job.fraction * 100)} aria-label={t('pack.generating')}>
            {({ percentage, valueText }) => (
              <>
                <Label className="pdf-job__step">{job.step}</Label>
                <span className="pdf-job__value">{valueText}</span>
                <div className="pdf-job__track">
                  <div className="pdf-job__fill" style={{ width: `${percentage ?? 0}%` }} />
                </div>
              </>
            )}
          </ProgressBar>
          <Button onPress={() => void controls.cancel()}>{t('pack.cancel')}</Button>
        </>
      )}
      {job?.state === 'failed' && (
        <p className="form-alert" role="alert">
          {t('pack.failed', { message: job.message ?? '' })}
        </p>
      )}
      {job?.state === 'cancelled' && <p role="status">{t('pack.cancelled')}</p>}
      {job?.state === 'done' && (
        <div className="pdf-job__done">
          <p role="status">
            {t('pack.done', { pages: job.pages ?? 0, count: job.embeddedFiles ?? 0 })}
            {job.savedToTarget && ` ${t('pack.saved', { name: job.fileName })}`}
          </p>
          {(job.missingFiles ?? 0) > 0 && <p className="pdf-job__warning">{t('pack.missing', { count: job.missingFiles ?? 0 })}</p>}
          <div className="pdf-job__actions">
            {host === 'browser' ? (
              <Button variant="primary" onPress={() => void controls.download()}>
                {t('pack.download')}
              </Button>
            ) : (
              <Button variant="primary" onPress={() => void controls.open()}>
                {t('pack.open')}
              </Button>
            )}
            {onAgain && <Button onPress={onAgain}>{t('pack.again')}</Button>}
          </div>
        </div>
      )}
    </div>
  );
};
