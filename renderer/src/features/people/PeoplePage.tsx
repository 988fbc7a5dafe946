import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/schemas/people';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/States';
import { VirtualTable } from '../../ui/VirtualTable';
import { useCreatePerson, usePeople, useUpdatePerson } from './hooks';
import { PersonForm } from './PersonForm';
import { QueryFallback } from '../../ui/list/QueryView';

/** The directory: everyone the quality system names (hundreds over the years: only the rows in view are drawn). People are deactivated, never deleted. */
export const PeoplePage = () => {
  const { t } = useTranslation();
  const people = usePeople();
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const [editing, setEditing] = useState<Person | null>(null);
  const [notice, showNotice] = useNotice();

  const list = () => {
    if (!people.isSuccess) return <QueryFallback query={people} />;
    if (people.data.length === 0) return <EmptyState title={t('people.emptyTitle')}>{t('people.emptyText')}</EmptyState>;
    return (
      <VirtualTable
        label={t('people.list')}
        headers={[t('people.name'), t('people.jobTitle'), t('people.status'), t('people.actions')]}
        rows={people.data}
        rowKey={(person) => person.id}
        rowClassName={(person) => (person.active ? undefined : 'row--inactive')}
        cells={(person) => (
          <>
            <td>{person.name}</td>
            <td>{person.jobTitle ?? t('common.none')}</td>
            <td>{person.active ? t('people.active') : t('people.inactive')}</td>
            <td className="row-actions">
              <Button variant="quiet" onPress={() => setEditing(person)} aria-label={`${t('common.edit')} ${person.name}`}>
                {t('common.edit')}
              </Button>
              <Button
                variant="quiet"
                onPress={() => update.mutate({ id: person.id, name: person.name, jobTitle: person.jobTitle, active: !person.active })}
                aria-label={`${person.active ? t('people.deactivate') : t('people.reactivate')} ${person.name}`}
              >
                {person.active ? t('people.deactivate') : t('people.reactivate')}
              </Button>
            </td>
          </>
        )}
      />
    );
  };

  return (
    <>
      <PageHeader title={t('people.title')} subtitle={t('people.subtitle')} />
      <section className="card" aria-label={t('people.new')}>
        <h2 className="card__title">{t('people.new')}</h2>
        <PersonForm
          defaultValues={{ name: '', jobTitle: '' }}
          submitLabel={t('common.add')}
          onSubmit={async (fields) => {
            const person = await create.mutateAsync(fields);
            showNotice(t('people.created', { name: person.name }));
          }}
        />
      </section>
      <Notice message={notice} />
      {update.isError && !editing && <FormAlert message={update.error.message} />}
      {list()}
      <Modal
        title={editing ? t('people.editTitle', { name: editing.name }) : ''}
        isOpen={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
      >
        {editing && (
          <PersonForm
            defaultValues={{ name: editing.name, jobTitle: editing.jobTitle ?? '' }}
            submitLabel={t('common.save')}
            onSubmit={async (fields) => {
              await update.mutateAsync({ ...fields, id: editing.id, active: editing.active });
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
