import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analysisMethods, ishikawaBranches, type AnalysisMethod } from '../../../../shared/domain/nonconformities';
import type { Nonconformity } from '../../../../shared/schemas/nonconformities';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { SelectField } from '../../ui/SelectField';
import { FiveWhysForm, IshikawaForm, TextAnalysisForm, type AnalysisFormProps } from './AnalysisForms';
import { useLoopMutation } from '../common/loopMutation';

const forms: Record<AnalysisMethod, (props: AnalysisFormProps) => React.ReactNode> = {
  cinq_pourquoi: FiveWhysForm,
  ishikawa: IshikawaForm,
  texte: TextAnalysisForm,
};

const Retained = () => {
  const { t } = useTranslation();
  return <span className="badge badge--root-cause">★ {t('nonconformities.analysis.retainedBadge')}</span>;
};

/** The analysis as recorded: the chain of whys, the causes per branch, or the text; root causes marked. */
const AnalysisView = ({ analysis }: { analysis: NonNullable<Nonconformity['analysis']> }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const by = [
    analysis.analysedByName && t('nonconformities.analysis.by', { name: analysis.analysedByName }),
    analysis.analysedOn && t('nonconformities.analysis.on', { date: formatCalendarDate(analysis.analysedOn, dateLocale) }),
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="analysis">
      <p className="analysis__meta">
        <strong>{t(`nonconformities.analysis.methods.${analysis.method}`)}</strong>
        {by && ` — ${by}`}
      </p>
      {analysis.method === 'texte' && <p className="nc-text">{analysis.text}</p>}
      {analysis.method === 'cinq_pourquoi' && (
        <ol className="why-chain">
          {analysis.causes.map((cause) => (
            <li key={cause.position} className={cause.retained ? 'why-chain__step--root' : undefined}>
              <span className="why-chain__why">{cause.why}</span>
              <span className="why-chain__because">
                <span aria-hidden="true">→ </span>
                {cause.cause} {cause.retained && <Retained />}
              </span>
            </li>
          ))}
        </ol>
      )}
      {analysis.method === 'ishikawa' && (
        <div className="fishbone">
          {ishikawaBranches.map((branch) => {
            const causes = analysis.causes.filter((cause) => cause.branch === branch);
            return (
              <section key={branch} className="fishbone__branch" aria-labelledby={`branch-${branch}`}>
                <h3 id={`branch-${branch}`}>{t(`nonconformities.analysis.branches.${branch}`)}</h3>
                {causes.length === 0 ? (
                  <p className="fishbone__empty">{t('nonconformities.analysis.noCause')}</p>
                ) : (
                  <ul>
                    {causes.map((cause) => (
                      <li key={cause.position}>
                        {cause.cause} {cause.retained && <Retained />}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
};

/** Cause analysis: 5 pourquoi, Ishikawa 5M or plain text, with the retained root causes. */
export const AnalysisSection = ({ nc, onNotice }: { nc: Nonconformity; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [method, setMethod] = useState<AnalysisMethod>(nc.analysis?.method ?? 'cinq_pourquoi');
  const save = useLoopMutation('nonconformities.saveAnalysis');
  const MethodForm = forms[method];
  return (
    <section className="section" aria-labelledby="nc-analysis">
      <div className="section__header">
        <h2 id="nc-analysis">{t('nonconformities.analysis.title')}</h2>
        {nc.status !== 'close' && (
          <Button onPress={() => setEditing(true)}>
            {nc.analysis ? t('nonconformities.analysis.edit') : t('nonconformities.analysis.start')}
          </Button>
        )}
      </div>
      {nc.analysis ? <AnalysisView analysis={nc.analysis} /> : <p>{t('nonconformities.analysis.none')}</p>}
      <Modal title={t('nonconformities.analysis.dialogTitle', { reference: nc.reference })} isOpen={editing} onOpenChange={setEditing}>
        <div className="dialog-choice">
          <SelectField
            label={t('nonconformities.analysis.method')}
            options={analysisMethods.map((id) => ({ id, label: t(`nonconformities.analysis.methods.${id}`) }))}
            value={method}
            onChange={(value) => setMethod(analysisMethods.find((candidate) => candidate === value) ?? method)}
            description={t(`nonconformities.analysis.methodHelp.${method}`)}
          />
        </div>
        <MethodForm
          key={method}
          nc={nc}
          onSubmit={async (analysis) => {
            await save.mutateAsync({ id: nc.id, revision: nc.revision, analysis });
            setEditing(false);
            onNotice(t('nonconformities.analysis.saved'));
          }}
          onCancel={() => setEditing(false)}
        />
      </Modal>
    </section>
  );
};
