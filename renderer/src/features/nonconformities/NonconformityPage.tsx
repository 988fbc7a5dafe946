import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { AnalysisSection } from './AnalysisSection';
import { CheckSection } from './CheckSection';
import { ClosureSection } from './ClosureSection';
import { CorrectionSection } from './CorrectionSection';
import { useLoopHistoryFormat } from '../common/loopHistory';
import { useNonconformity } from './hooks';
import { NcActionsSection } from './NcActionsSection';
import { NonconformitySheet, StatusSteps } from './NonconformitySheet';
import '../common/loop.css';
import { QueryFallback } from '../../ui/list/QueryView';

/**
 * One nonconformity through the whole loop, at a stable address (`#/non-conformites/:id`) that the
 * audits, réclamations and fiches d'amélioration link to: correction, causes, actions, check, closure, history.
 */
export const NonconformityPage = () => {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const location = useLocation();
  const nc = useNonconformity(id);
  const [notice, showNotice] = useNotice();
  const format = useLoopHistoryFormat();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  if (!nc.isSuccess) return <QueryFallback query={nc} />;
  const record = nc.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/non-conformites">← {t('nonconformities.title')}</Link>
      </p>
      <PageHeader
        title={
          <>
            <span className="reference">{record.reference}</span> — {t(`nonconformities.severity.${record.severity}`)}
          </>
        }
        subtitle={
          <span className={`badge badge--nc-${record.status}`} data-testid="nc-status">
            {t(`nonconformities.status.${record.status}`)}
          </span>
        }
      />
      <StatusSteps status={record.status} />
      <Notice message={notice ?? arrivalNotice} />
      <NonconformitySheet nc={record} onNotice={showNotice} />
      <CorrectionSection nc={record} onNotice={showNotice} />
      <AnalysisSection nc={record} onNotice={showNotice} />
      <NcActionsSection nc={record} onNotice={showNotice} />
      <CheckSection nc={record} onNotice={showNotice} />
      {/* Keyed by revision: once anything changes, the last refusal's list of missing conditions is stale. */}
      <ClosureSection key={record.revision} nc={record} onNotice={showNotice} />
      <section className="section" aria-labelledby="nc-history">
        <h2 id="nc-history">{t('nonconformities.history')}</h2>
        <HistoryTimeline entity="nonconformity" entityId={record.id} fieldLabel={format.label} formatValue={format.value} />
      </section>
    </>
  );
};
