import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Label, Radio, RadioGroup } from 'react-aria-components';
import type { PackScope } from '../../../../shared/domain/pack';
import type { Process } from '../../../../shared/schemas/processes';
import type { RequirementNode } from '../../../../shared/schemas/referentials';
import { PackChoice } from './PackChoice';

export type ScopeKind = PackScope['kind'];

const flatten = (nodes: RequirementNode[], depth = 0): { node: RequirementNode; depth: number }[] =>
  nodes.flatMap((node) => [{ node, depth }, ...flatten(node.children, depth + 1)]);

type Props = {
  scopeKind: ScopeKind;
  onScopeKind: (kind: ScopeKind) => void;
  processes: readonly Process[];
  processIds: string[];
  onProcessIds: (ids: string[]) => void;
  /** The chosen referential's requirements, as a tree. */
  requirements: RequirementNode[];
  requirementIds: string[];
  onRequirementIds: (ids: string[]) => void;
};

/** What the pack covers: the whole system, some processes, or some requirements of the referential. */
export const PackScopeFields = (props: Props) => {
  const { t } = useTranslation();
  const { scopeKind, processes } = props;
  return (
    <>
      <RadioGroup className="radio-group" value={scopeKind} onChange={(value) => props.onScopeKind(value as ScopeKind)}>
        <Label className="field__label">{t('pack.scope')}</Label>
        {(['all', 'processes', 'requirements'] as const).map((kind) => (
          <Radio key={kind} value={kind} className="radio">
            <span className="radio__dot" aria-hidden="true" />
            {t(kind === 'all' ? 'pack.scopeAll' : kind === 'processes' ? 'pack.scopeProcesses' : 'pack.scopeRequirements')}
          </Radio>
        ))}
      </RadioGroup>
      {scopeKind === 'processes' && (
        <CheckboxGroup className="checkbox-group pack__choices" value={props.processIds} onChange={props.onProcessIds}>
          <Label className="field__label">{t('pack.processes')}</Label>
          {processes.length === 0 && <p>{t('pack.noProcesses')}</p>}
          {processes.map((process) => (
            <PackChoice key={process.id} value={String(process.id)} label={process.name} />
          ))}
        </CheckboxGroup>
      )}
      {scopeKind === 'requirements' && (
        <CheckboxGroup className="checkbox-group pack__choices" value={props.requirementIds} onChange={props.onRequirementIds}>
          <Label className="field__label">{t('pack.requirements')}</Label>
          {flatten(props.requirements).map(({ node, depth }) => (
            <PackChoice key={node.id} value={String(node.id)} label={`${node.number} ${node.titleFr}`} indent={depth} />
          ))}
        </CheckboxGroup>
      )}
    </>
  );
};
