import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Label, Text } from 'react-aria-components';
import { packFileName, packSectionIds, type PackScope, type PackSectionId } from '../../../../shared/domain/pack';
import { call } from '../../api/client';
import { todayOnThisComputer } from '../../app/today';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { ErrorState, Loading } from '../../ui/States';
import { useAppInfo } from '../../app/appInfo';
import { useProcesses } from '../processes/hooks';
import { useReferential, useReferentials } from '../common/lookups';
import { PackAuditField } from './PackAuditField';
import { PackChoice } from './PackChoice';
import { PackScopeFields, type ScopeKind } from './PackScopeFields';
import { PdfJobPanel } from '../../ui/pdf/PdfJobPanel';
import { usePdfJob } from '../../ui/pdf/usePdfJob';
import './pack.css';

/** The "Dossier de preuves" wizard: date, referential, scope and sections, then the generation. */
export const PackWizardPage = () => {
  const { t } = useTranslation();
  const info = useAppInfo();
  const referentials = useReferentials();
  const processes = useProcesses();
  const [date, setDate] = useState<string | null>(todayOnThisComputer());
  const [dateTouched, setDateTouched] = useState(false);
  const [auditId, setAuditId] = useState<number | null>(null);
  const [chosenReferential, setReferentialId] = useState<string | null>(null);
  const [scopeKind, setScopeKind] = useState<ScopeKind>('all');
  const [processIds, setProcessIds] = useState<string[]>([]);
  const [requirementIds, setRequirementIds] = useState<string[]>([]);
  const [sections, setSections] = useState<string[]>(packSectionIds.filter((id) => id !== 'readiness'));
  const [problem, setProblem] = useState<string | null>(null);
  const host = info.data?.host ?? 'browser';
  const controls = usePdfJob(host);
  const referentialId = chosenReferential ?? (referentials.data?.[0] ? String(referentials.data[0].id) : null);
  const referential = useReferential(Number(referentialId ?? 0));

  if (referentials.isPending || processes.isPending || info.isPending) return <Loading />;
  if (referentials.isError) return <ErrorState error={referentials.error} onRetry={() => void referentials.refetch()} />;
  if (processes.isError) return <ErrorState error={processes.error} onRetry={() => void processes.refetch()} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const scope: PackScope =
      scopeKind === 'processes'
        ? { kind: 'processes', processIds: processIds.map(Number) }
        : scopeKind === 'requirements'
          ? { kind: 'requirements', requirementIds: requirementIds.map(Number) }
          : { kind: 'all' };
    if (
      (scope.kind === 'processes' && scope.processIds.length === 0) ||
      (scope.kind === 'requirements' && scope.requirementIds.length === 0)
    ) {
      setProblem(t('pack.chooseScope'));
      return;
    }
    if (sections.length === 0) return setProblem(t('pack.chooseSection'));
    if (referentialId === null) return setProblem(t('pack.chooseReferential'));
    const packDate = date ?? todayOnThisComputer();
    void controls.start(packFileName(info.data?.organisationName ?? null, packDate), (targetId) =>
      call('pack.start', {
        date: packDate,
        referentialId: Number(referentialId),
        scope,
        sections: sections as PackSectionId[],
        ...(auditId !== null ? { auditId } : {}),
        ...(targetId ? { targetId } : {}),
      }),
    );
  };

  const running = controls.busy;
  const finished = controls.job !== null && controls.job.state !== 'running';
  return (
    <section className="page pack" aria-labelledby="pack-title">
      <PageHeader title={<span id="pack-title">{t('pack.title')}</span>} subtitle={t('pack.subtitle')} />
      <form className="form pack__form" onSubmit={submit}>
        <fieldset className="pack__fieldset" disabled={running}>
          <PackAuditField
            value={auditId}
            onChange={(id, startDate) => {
              setAuditId(id);
              // The audit's first day becomes the pack's date, unless the user chose a date already.
              if (startDate !== null && !dateTouched) setDate(startDate);
            }}
          />
          <DateField
            label={t('pack.date')}
            description={t('pack.dateHelp')}
            isRequired
            value={date}
            onChange={(value) => {
              setDateTouched(true);
              setDate(value);
            }}
          />
          <SelectField
            label={t('pack.referential')}
            placeholder={t('pack.referentialPlaceholder')}
            options={(referentials.data ?? []).map((item) => ({ id: String(item.id), label: `${item.name} (${item.edition})` }))}
            value={referentialId}
            onChange={(value) => {
              setReferentialId(value);
              setRequirementIds([]);
            }}
          />
          <PackScopeFields
            scopeKind={scopeKind}
            onScopeKind={setScopeKind}
            processes={processes.data}
            processIds={processIds}
            onProcessIds={setProcessIds}
            requirements={referential.data?.requirements ?? []}
            requirementIds={requirementIds}
            onRequirementIds={setRequirementIds}
          />
          <CheckboxGroup className="checkbox-group" value={sections} onChange={setSections}>
            <Label className="field__label">{t('pack.sections')}</Label>
            <Text slot="description" className="field__description">
              {t('pack.sectionsHelp')}
            </Text>
            {packSectionIds.map((id) => (
              <PackChoice key={id} value={id} label={t(`pack.section.${id}`)} />
            ))}
          </CheckboxGroup>
        </fieldset>
        {problem && (
          <p className="form-alert" role="alert">
            {problem}
          </p>
        )}
        {!finished && (
          <Button type="submit" variant="primary" isDisabled={running}>
            {t('pack.generate')}
          </Button>
        )}
      </form>
      <PdfJobPanel controls={controls} host={host} onAgain={controls.reset} />
    </section>
  );
};
