import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { responseTimeFigures } from '../../../../shared/domain/complaints';
import { todayOnThisComputer } from '../../app/today';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/States';
import { useLoopMutation } from '../nonconformities/hooks';
import { ComplaintForm } from './ComplaintForm';
import { useComplaintList } from './hooks';
import '../nonconformities/nonconformities.css';
import { QueryFallback } from '../../ui/list/QueryView';

/** The réclamations register: every réclamation with its response time against its due date. */
export const ComplaintsPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const navigate = useNavigate();
  const [openOnly, setOpenOnly] = useState(false);
  const [creating, setCreating] = useState(false);
  const list = useComplaintList(openOnly ? { openOnly } : {});
  const create = useLoopMutation('complaints.create');
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));

  const content = () => {
    if (!list.isSuccess) return <QueryFallback query={list} />;
    if (list.data.length === 0) return <EmptyState title={t('complaints.emptyTitle')}>{t('complaints.emptyText')}</EmptyState>;
    const figures = responseTimeFigures(
      list.data.flatMap((complaint) => (complaint.responseDays === null ? [] : [complaint.responseDays])),
    );
    return (
      <>
        <p className="count" role="status">
          {t('complaints.count', { count: list.data.length })}
          {figures &&
            ` · ${t('complaints.averageDays', { days: figures.average.toLocaleString(dateLocale.code, { maximumFractionDigits: 1 }) })}`}
        </p>
        <div className="table-scroller table-scroller--fit" role="region" aria-label={t('complaints.list')} tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('complaints.field.reference')}</th>
                <th scope="col">{t('complaints.field.receivedOn')}</th>
                <th scope="col">{t('complaints.field.complainantKind')}</th>
                <th scope="col">{t('complaints.field.subject')}</th>
                <th scope="col">{t('complaints.field.responseDue')}</th>
                <th scope="col">{t('complaints.field.responseDays')}</th>
                <th scope="col">{t('complaints.field.state')}</th>
                <th scope="col">{t('complaints.field.analysis')}</th>
                <th scope="col">{t('complaints.field.nonconformity')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((complaint) => (
                <tr key={complaint.id}>
                  <td className="nowrap">
                    <Link to={`/reclamations/${complaint.id}`} className="reference">
                      {complaint.reference}
                    </Link>
                  </td>
                  <td>{date(complaint.receivedOn)}</td>
                  <td>
                    {t(`complaints.complainantKind.${complaint.complainantKind}`)}
                    {complaint.complainant && <span className="cell-detail">{complaint.complainant}</span>}
                  </td>
                  <td className="col-subject">{complaint.subject}</td>
                  <td>{date(complaint.responseDue)}</td>
                  <td className="nowrap">
                    {complaint.responseDays === null ? t('common.none') : t('complaints.days', { count: complaint.responseDays })}
                  </td>
                  <td>
                    <span className={`badge badge--complaint-${complaint.state}`}>{t(`complaints.state.${complaint.state}`)}</span>
                    {complaint.respondedOn && (
                      <span className="cell-detail">{t('complaints.respondedOn', { date: date(complaint.respondedOn) })}</span>
                    )}
                  </td>
                  <td>
                    {complaint.founded === null ? (
                      <span className="cell-detail">{t('complaints.notAnalysed')}</span>
                    ) : (
                      t(`complaints.founded.${complaint.founded}`)
                    )}
                    {complaint.action && <span className="cell-detail">{complaint.action.reference}</span>}
                  </td>
                  <td className="nowrap">
                    {complaint.nonconformity ? (
                      <Link to={`/non-conformites/${complaint.nonconformity.id}`} className="reference">
                        {complaint.nonconformity.reference}
                      </Link>
                    ) : (
                      t('common.none')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    );
  };

  return (
    <>
      <PageHeader
        title={t('complaints.title')}
        subtitle={t('complaints.subtitle')}
        actions={
          <Button variant="primary" onPress={() => setCreating(true)}>
            {t('complaints.new')}
          </Button>
        }
      />
      <section className="filters" aria-label={t('complaints.filters')}>
        <Checkbox className="checkbox" isSelected={openOnly} onChange={setOpenOnly}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('complaints.openOnly')}
        </Checkbox>
      </section>
      {content()}
      <Modal title={t('complaints.newTitle')} isOpen={creating} onOpenChange={setCreating}>
        <ComplaintForm
          defaultValues={{
            complainantKind: 'client',
            complainant: '',
            receivedOn: todayOnThisComputer(),
            channel: 'courriel',
            subject: '',
            processId: null,
            handledById: null,
            responseDue: null,
            respondedOn: null,
            response: '',
            founded: null,
            analysedOn: null,
            cause: '',
            actionId: null,
          }}
          submitLabel={t('common.create')}
          onSubmit={async (fields) => {
            const created = await create.mutateAsync(fields);
            setCreating(false);
            await navigate(`/reclamations/${created.id}`, { state: { notice: t('complaints.created', { reference: created.reference }) } });
          }}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </>
  );
};
