import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DEFAULT_ENTRY_DELAY_DAYS } from '../../../../shared/domain/indicators';
import type { IndicatorFields, indicatorTemplateSchema } from '../../../../shared/schemas/indicators';
import type { z } from 'zod';
import { todayOnThisComputer } from '../../app/today';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { useCreateIndicator, useIndicatorTemplates } from './hooks';
import { IndicatorForm } from './IndicatorForm';
import { QueryFallback } from '../../ui/list/QueryView';

type Template = z.infer<typeof indicatorTemplateSchema>;

/** A blank form, or one filled from a template: every field stays editable. */
const startingValues = (template: Template | null): IndicatorFields => {
  const firstPeriod = `${todayOnThisComputer().slice(0, 4)}-01-01`;
  const common = { processId: null, ownerId: null, firstPeriod, entryDelayDays: DEFAULT_ENTRY_DELAY_DAYS, active: true };
  if (template === null) {
    return {
      ...common,
      name: '',
      description: null,
      theme: 'autre',
      unit: 'pourcentage',
      scaleMax: null,
      direction: 'hausse',
      target: null,
      alertThreshold: null,
      frequency: 'trimestrielle',
      chartKind: 'ligne',
      numeratorLabel: null,
      denominatorLabel: null,
      partLabels: null,
      templateCode: null,
    };
  }
  const { code, ...values } = template;
  return { ...common, ...values, templateCode: code };
};

/** A new indicator: pick a common SIAE indicator as a starting point, or start blank. */
export const IndicatorCreatePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const templates = useIndicatorTemplates();
  const create = useCreateIndicator();
  const [chosen, setChosen] = useState<Template | null>(null);
  if (!templates.isSuccess) return <QueryFallback query={templates} />;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/indicateurs">← {t('indicators.title')}</Link>
      </p>
      <PageHeader title={t('indicators.newTitle')} />
      <section className="section" aria-labelledby="templates-title">
        <h2 id="templates-title">{t('indicators.template.title')}</h2>
        <p className="form__help">{t('indicators.template.help')}</p>
        <ul className="template-list" aria-label={t('indicators.template.list')}>
          {[null, ...templates.data].map((template) => (
            <li key={template?.code ?? 'blank'}>
              <Button
                className="template-list__item"
                aria-pressed={(chosen?.code ?? null) === (template?.code ?? null)}
                onPress={() => setChosen(template)}
              >
                <span className="template-list__name">{template?.name ?? t('indicators.template.blank')}</span>
                {template && <span className="template-list__description">{template.description}</span>}
              </Button>
            </li>
          ))}
        </ul>
      </section>
      <section className="section card" aria-label={t('indicators.newTitle')}>
        {chosen && <p className="form__help">{t('indicators.template.chosen', { name: chosen.name })}</p>}
        <IndicatorForm
          key={chosen?.code ?? 'blank'}
          defaultValues={startingValues(chosen)}
          submitLabel={t('common.create')}
          onSubmit={async (fields) => {
            const created = await create.mutateAsync(fields);
            await navigate(`/indicateurs/${created.id}`, { state: { notice: t('indicators.created', { name: created.name }) } });
          }}
          onCancel={() => void navigate('/indicateurs')}
        />
      </section>
    </>
  );
};
