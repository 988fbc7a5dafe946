import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { GradeScaleEditor } from './GradeScaleEditor';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { downloadText } from './download';
import { useReferential } from '../common/lookups';
import { formatHistoryValue, historyFieldLabel } from './labels';
import { RequirementTree } from './RequirementTree';
import './referentials.css';
import { QueryFallback } from '../../ui/list/QueryView';

/** One referential: what it is, its requirement tree, export, and (for a scheme) new requirements. */
export const ReferentialPage = () => {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const location = useLocation();
  const detail = useReferential(id);
  const [notice, showNotice] = useNotice();
  const [exportError, setExportError] = useState<string | null>(null);
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  if (!detail.isSuccess) return <QueryFallback query={detail} />;
  const { referential, requirements } = detail.data;

  const exportFile = async () => {
    setExportError(null);
    try {
      const exported = await call('referentials.export', { id: referential.id });
      downloadText(exported.fileName, exported.json);
      showNotice(t('referentials.exported', { fileName: exported.fileName }));
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/referentiels">← {t('referentials.title')}</Link>
      </p>
      <PageHeader
        title={referential.name}
        subtitle={`${t(`referentials.kind.${referential.kind}`)} — ${referential.edition}`}
        actions={
          <>
            {referential.source !== 'livre' && (
              <Link className="button button--primary" to={`/referentiels/${referential.id}/nouvelle-exigence`}>
                {t('referentials.addRequirement')}
              </Link>
            )}
            <Button onPress={() => void exportFile()}>{t('referentials.export')}</Button>
          </>
        }
      />
      <Notice message={notice ?? arrivalNotice} />
      <FormAlert message={exportError} />
      <section aria-label={t('referentials.details')}>
        <dl className="details">
          <dt>{t('referentials.field.edition')}</dt>
          <dd>{referential.edition}</dd>
          <dt>{t('referentials.field.base')}</dt>
          <dd>
            {referential.baseId === null ? (
              t('common.none')
            ) : (
              <Link to={`/referentiels/${referential.baseId}`}>{referential.baseName}</Link>
            )}
          </dd>
          <dt>{t('referentials.field.source')}</dt>
          <dd>{t(`referentials.source.${referential.source}`)}</dd>
          <dt>{t('referentials.field.code')}</dt>
          <dd>
            <code>{referential.code}</code>
          </dd>
          <dt>{t('referentials.field.requirementCount')}</dt>
          <dd>{referential.requirementCount}</dd>
          <dt>{t('referentials.field.nonApplicableCount')}</dt>
          <dd>{referential.nonApplicableCount}</dd>
        </dl>
        {referential.source === 'livre' && <p className="count">{t('referentials.shippedNote')}</p>}
      </section>
      <section className="section">
        <h2>{t('referentials.requirements')}</h2>
        <RequirementTree requirements={requirements} />
      </section>
      <GradeScaleEditor referentialId={referential.id} />
      <section className="section">
        <h2>{t('referentials.history')}</h2>
        <HistoryTimeline
          entity="referential"
          entityId={referential.id}
          fieldLabel={historyFieldLabel(t)}
          formatValue={formatHistoryValue(t)}
        />
      </section>
    </>
  );
};
