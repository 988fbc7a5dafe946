import { useTranslation } from 'react-i18next';
import { Label, ProgressBar } from 'react-aria-components';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { ErrorState, Loading } from '../../ui/States';
import { useCancelImport, useImportJob } from './hooks';

/** The import under way (bar, count, cancel), then its report: what was imported, and what was not and why. */
export const ImportProgress = ({ jobId, onAgain }: { jobId: string; onAgain: () => void }) => {
  const { t } = useTranslation();
  const job = useImportJob(jobId);
  const cancel = useCancelImport();
  if (job.isPending) return <Loading />;
  if (job.isError) return <ErrorState error={job.error} />;
  const { data } = job;
  if (data.state === 'running') {
    return (
      <section className="card" aria-labelledby="import-running">
        <h2 id="import-running" className="card__title">
          {t('imports.running')}
        </h2>
        <ProgressBar className="import-progress" value={Math.round(data.fraction * 100)}>
          <Label>{t('imports.progress', { processed: String(data.processed), total: String(data.total) })}</Label>
          <div className="import-progress__track" aria-hidden="true">
            <div className="import-progress__fill" style={{ width: `${Math.round(data.fraction * 100)}%` }} />
          </div>
        </ProgressBar>
        <Button onPress={() => cancel.mutate(jobId)} isDisabled={cancel.isPending}>
          {t('imports.cancel')}
        </Button>
      </section>
    );
  }
  return (
    <section aria-labelledby="import-report">
      <h2 id="import-report">{t('imports.reportTitle')}</h2>
      <p role="status">
        {data.message ?? t('imports.reportSummary', { imported: String(data.imported.length), refused: String(data.refused.length) })}
      </p>
      <section className="card" aria-labelledby="import-imported">
        <h3 id="import-imported" className="card__title">
          {t('imports.imported', { count: data.imported.length })}
        </h3>
        <ul className="import-report">
          {data.imported.map((entry) => (
            <li key={entry.documentId}>
              <Link to={`/documents/${entry.documentId}`}>
                {entry.reference} — {entry.title}
              </Link>{' '}
              <span className="import-report__path">({entry.relativePath})</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="import-refused">
        <h3 id="import-refused" className="card__title">
          {t('imports.refused', { count: data.refused.length })}
        </h3>
        <ul className="import-report">
          {data.refused.map((entry) => (
            <li key={entry.relativePath}>
              <strong>{entry.relativePath}</strong> — {entry.reason}
            </li>
          ))}
        </ul>
      </section>
      <Button onPress={onAgain}>{t('imports.again')}</Button>
    </section>
  );
};
