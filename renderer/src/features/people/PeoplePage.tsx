import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/schemas/people';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/States';
import { useCreatePerson, usePeople, useUpdatePerson } from './hooks';
import { PersonForm } from './PersonForm';
import { QueryFallback } from '../../ui/list/QueryView';

/** The directory: everyone the quality system names. People are deactivated, never deleted. */
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
      <table className="table" aria-label={t('people.list')}>
        <thead>
          <tr>
            <th scope="col">{t('people.name')}</th>
            <th scope="col">{t('people.jobTitle')}</th>
            <th scope="col">{t('people.status')}</th>
            <th scope="col">{t('people.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {people.data.map((person) => (
            <tr key={person.id} className={person.active ? undefined : 'row--inactive'}>
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
            </tr>
          ))}
        </tbody>
      </table>
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
