import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { processKinds } from '../../../../shared/domain/processes';
import type { Process } from '../../../../shared/schemas/processes';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/States';
import { useCreateProcess, useProcesses, useUpdateProcess } from './hooks';
import { ProcessForm } from './ProcessForm';
import { QueryFallback } from '../../ui/list/QueryView';
import { ProcessTemplateDialog } from './ProcessTemplateDialog';

/** The process map, family by family, with each process's pilot. */
export const ProcessesPage = () => {
  const { t } = useTranslation();
  const processes = useProcesses();
  const create = useCreateProcess();
  const update = useUpdateProcess();
  const [editing, setEditing] = useState<Process | null>(null);
  const [notice, showNotice] = useNotice();
  const [fromTemplate, setFromTemplate] = useState(false);

  const map = () => {
    if (!processes.isSuccess) return <QueryFallback query={processes} />;
    if (processes.data.length === 0) return <EmptyState title={t('processes.emptyTitle')}>{t('processes.emptyText')}</EmptyState>;
    return (
      <div className="process-map">
        {processKinds.map((kind) => (
          <section key={kind} className={`process-family process-family--${kind}`} aria-labelledby={`famille-${kind}`}>
            <h2 id={`famille-${kind}`}>{t(`processes.kinds.${kind}`)}</h2>
            <ul>
              {processes.data
                .filter((process) => process.kind === kind)
                .map((process) => (
                  <li key={process.id} className="process-card">
                    <span className="process-card__name">{process.name}</span>
                    <span className="process-card__pilot">
                      {t('processes.pilot')} : {process.pilotName ?? t('processes.noPilot')}
                    </span>
                    <Button variant="quiet" onPress={() => setEditing(process)} aria-label={`${t('common.edit')} ${process.name}`}>
                      {t('common.edit')}
                    </Button>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    );
  };

  return (
    <>
      <PageHeader
        title={t('processes.title')}
        subtitle={t('processes.subtitle')}
        actions={<Button onPress={() => setFromTemplate(true)}>{t('processes.template.open')}</Button>}
      />
      <ProcessTemplateDialog
        isOpen={fromTemplate}
        onOpenChange={setFromTemplate}
        onCreated={(count) => showNotice(t('processes.template.created', { count }))}
      />
      <section className="card" aria-label={t('processes.new')}>
        <h2 className="card__title">{t('processes.new')}</h2>
        <ProcessForm
          defaultValues={{ name: '', kind: 'realisation', pilotId: null }}
          submitLabel={t('common.add')}
          onSubmit={async (fields) => {
            const process = await create.mutateAsync(fields);
            showNotice(t('processes.created', { name: process.name }));
          }}
        />
      </section>
      <Notice message={notice} />
      {map()}
      <Modal title={t('processes.editTitle')} isOpen={editing !== null} onOpenChange={(open) => !open && setEditing(null)}>
        {editing && (
          <ProcessForm
            defaultValues={{ name: editing.name, kind: editing.kind, pilotId: editing.pilotId }}
            submitLabel={t('common.save')}
            onSubmit={async (fields) => {
              await update.mutateAsync({ ...fields, id: editing.id });
              setEditing(null);
              showNotice(t('common.saved'));
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </>
  );
};
