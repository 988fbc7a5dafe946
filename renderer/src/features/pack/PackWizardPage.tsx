import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, CheckboxGroup, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { packFileName, packSectionIds, type PackScope, type PackSectionId } from '../../../../shared/domain/pack';
import type { RequirementNode } from '../../../../shared/schemas/referentials';
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
import { PdfJobPanel } from '../../ui/pdf/PdfJobPanel';
import { usePdfJob } from '../../ui/pdf/usePdfJob';
import './pack.css';

type ScopeKind = PackScope['kind'];

const flatten = (nodes: RequirementNode[], depth = 0): { node: RequirementNode; depth: number }[] =>
  nodes.flatMap((node) => [{ node, depth }, ...flatten(node.children, depth + 1)]);

const Choice = ({ value, label, indent = 0 }: { value: string; label: string; indent?: number }) => (
  <Checkbox value={value} className={`checkbox pack-choice pack-choice--${Math.min(indent, 3)}`}>
    <span className="checkbox__box" aria-hidden="true" />
    {label}
  </Checkbox>
);

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
  const [sections, setSections] = useState<string[]>([...packSectionIds]);
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
          <RadioGroup className="radio-group" value={scopeKind} onChange={(value) => setScopeKind(value as ScopeKind)}>
            <Label className="field__label">{t('pack.scope')}</Label>
            {(['all', 'processes', 'requirements'] as const).map((kind) => (
              <Radio key={kind} value={kind} className="radio">
                <span className="radio__dot" aria-hidden="true" />
                {t(kind === 'all' ? 'pack.scopeAll' : kind === 'processes' ? 'pack.scopeProcesses' : 'pack.scopeRequirements')}
              </Radio>
            ))}
          </RadioGroup>
          {scopeKind === 'processes' && (
            <CheckboxGroup className="checkbox-group pack__choices" value={processIds} onChange={setProcessIds}>
              <Label className="field__label">{t('pack.processes')}</Label>
              {processes.data.length === 0 && <p>{t('pack.noProcesses')}</p>}
              {processes.data.map((process) => (
                <Choice key={process.id} value={String(process.id)} label={process.name} />
              ))}
            </CheckboxGroup>
          )}
          {scopeKind === 'requirements' && (
            <CheckboxGroup className="checkbox-group pack__choices" value={requirementIds} onChange={setRequirementIds}>
              <Label className="field__label">{t('pack.requirements')}</Label>
              {flatten(referential.data?.requirements ?? []).map(({ node, depth }) => (
                <Choice key={node.id} value={String(node.id)} label={`${node.number} ${node.titleFr}`} indent={depth} />
              ))}
            </CheckboxGroup>
          )}
          <CheckboxGroup className="checkbox-group" value={sections} onChange={setSections}>
            <Label className="field__label">{t('pack.sections')}</Label>
            <Text slot="description" className="field__description">
              {t('pack.sectionsHelp')}
            </Text>
            {packSectionIds.map((id) => (
              <Choice key={id} value={id} label={t(`pack.section.${id}`)} />
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
