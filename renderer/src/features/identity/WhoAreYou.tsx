import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { IdSelectField } from '../../ui/IdSelectField';
import { PersonForm } from '../people/PersonForm';
import { usePeople } from '../people/hooks';
import { useChooseIdentity } from './hooks';

/**
 * The answer to "Qui êtes-vous ?": a person of the directory, or a new one. Sève names that person
 * as the author of every change and PDF made from this computer in this file.
 */
export const WhoAreYou = ({ onChosen }: { onChosen?: () => void }) => {
  const { t } = useTranslation();
  const people = usePeople();
  const choose = useChooseIdentity();
  const active = (people.data ?? []).filter((person) => person.active);
  const [personId, setPersonId] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const error = choose.error instanceof Error ? choose.error.message : null;

  // An empty directory offers only to add yourself, behind one button, so that no second "Nom" field
  // stands beside the screen's own forms (the Annuaire's, a referential's).
  if (people.isSuccess && active.length === 0 && !adding) {
    return (
      <div className="who">
        <p>{t('identity.emptyDirectory')}</p>
        <Button variant="primary" onPress={() => setAdding(true)}>
          {t('identity.addFirst')}
        </Button>
      </div>
    );
  }
  if (adding) {
    return (
      <div className="who">
        <p>{t('identity.addYourself')}</p>
        <PersonForm
          defaultValues={{ name: '', jobTitle: null }}
          submitLabel={t('identity.addMe')}
          onSubmit={async (fields) => {
            await choose.mutateAsync({ newPerson: fields });
            onChosen?.();
          }}
          onCancel={() => setAdding(false)}
        />
      </div>
    );
  }
  return (
    <Form
      className="form form--inline who"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        if (personId !== null) void choose.mutateAsync({ personId }).then(() => onChosen?.());
      }}
    >
      <FormAlert message={error} />
      <IdSelectField
        label={t('identity.iAm')}
        records={active.map((person) => ({ id: person.id, label: person.jobTitle ? `${person.name} — ${person.jobTitle}` : person.name }))}
        value={personId}
        onChange={setPersonId}
        placeholder={t('common.choose')}
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isDisabled={personId === null || choose.isPending}>
          {t('identity.itsMe')}
        </Button>
        <Button variant="quiet" onPress={() => setAdding(true)}>
          {t('identity.notListed')}
        </Button>
      </div>
    </Form>
  );
};
