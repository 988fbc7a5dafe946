import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from 'react-aria-components';
import { Link } from 'react-router';
import type { WatchSource } from '../../../../shared/schemas/watch';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { QueryFallback } from '../../ui/list/QueryView';
import { useWatchSources } from './hooks';
import { ConsultedForm, SourceForm, emptySourceFields } from './WatchForms';
import { CsvButton } from '../common/CsvButton';
import { useContextMutation } from '../common/contextMutation';

/** The sources followed, each with its pace and when it is next due, "Consultée" when nothing new was found, and a new one. */
export const SourcesSection = ({ onNotice }: { onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const [includeInactive, setIncludeInactive] = useState(false);
  const sources = useWatchSources(includeInactive);
  const create = useContextMutation('watch.createSource');
  const consulted = useContextMutation('watch.consulted');
  const [dialog, setDialog] = useState<{ kind: 'create' } | { kind: 'consulted'; source: WatchSource } | null>(null);
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('watch.never'));

  const table = () => {
    if (!sources.isSuccess) return <QueryFallback query={sources} />;
    if (sources.data.length === 0) return <p>{t('watch.noSources')}</p>;
    return (
      <div className="table-scroller table-scroller--fit" role="region" aria-label={t('watch.sourcesList')} tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('watch.field.name')}</th>
              <th scope="col">{t('watch.field.domain')}</th>
              <th scope="col">{t('watch.field.frequency')}</th>
              <th scope="col">{t('watch.field.lastConsultedOn')}</th>
              <th scope="col">{t('watch.field.nextConsultationDue')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('watch.consulted')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sources.data.map((source) => (
              <tr key={source.id}>
                <td>
                  <Link to={`/veille/sources/${source.id}`}>{source.name}</Link>
                  {source.ownerName && <span className="cell-detail">{source.ownerName}</span>}
                </td>
                <td>{t(`watch.domain.${source.domain}`)}</td>
                <td>{t(`watch.frequency.${source.frequency}`)}</td>
                <td>{date(source.lastConsultedOn)}</td>
                <td>
                  {date(source.nextConsultationDue)}{' '}
                  {source.consultationLate && <span className="badge badge--late">{t('watch.late')}</span>}
                </td>
                <td>
                  {source.active && (
                    <Button
                      onPress={() => setDialog({ kind: 'consulted', source })}
                      aria-label={`${t('watch.consulted')} : ${source.name}`}
                    >
                      {t('watch.consulted')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  };

  return (
    <section className="section" aria-labelledby="watch-sources">
      <h2 id="watch-sources">{t('watch.sources')}</h2>
      <div className="filters">
        <Checkbox className="checkbox" isSelected={includeInactive} onChange={setIncludeInactive}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('watch.includeInactive')}
        </Checkbox>
        <CsvButton method="watch.exportSourcesCsv" query={{ includeInactive }} onNotice={onNotice} label={t('watch.exportSources')} />
        <Button onPress={() => setDialog({ kind: 'create' })}>{t('watch.newSource')}</Button>
      </div>
      {table()}
      <Modal
        title={dialog?.kind === 'consulted' ? t('watch.consultedTitle', { name: dialog.source.name }) : t('watch.newSourceTitle')}
        isOpen={dialog !== null}
        onOpenChange={(open) => !open && setDialog(null)}
      >
        {dialog?.kind === 'create' && (
          <SourceForm
            defaultValues={emptySourceFields()}
            submitLabel={t('common.create')}
            onSubmit={async (fields) => {
              const created = await create.mutateAsync(fields);
              setDialog(null);
              onNotice(t('watch.sourceCreated', { name: created.name }));
            }}
            onCancel={() => setDialog(null)}
          />
        )}
        {dialog?.kind === 'consulted' && (
          <ConsultedForm
            onSubmit={async (consultedOn) => {
              await consulted.mutateAsync({ id: dialog.source.id, revision: dialog.source.revision, consultedOn });
              setDialog(null);
              onNotice(t('watch.consultedSaved'));
            }}
            onCancel={() => setDialog(null)}
          />
        )}
      </Modal>
    </section>
  );
};
