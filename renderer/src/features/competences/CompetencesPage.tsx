import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/States';
import { QueryFallback } from '../../ui/list/QueryView';
import { CompetenceForm } from './CompetenceForm';
import { CompetenceMatrix } from './CompetenceMatrix';
import { FunctionForm } from './FunctionForm';
import { useCompetenceCatalogue, useCompetenceMatrix, useCompetenceMutation, useJobFunctions } from './hooks';
import './competences.css';

/** Competence (§7.2): the functions and what they require, the catalogue of competences, and the matrix. */
export const CompetencesPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const functions = useJobFunctions();
  const catalogue = useCompetenceCatalogue();
  const matrix = useCompetenceMatrix();
  const create = useCompetenceMutation('competences.createFunction');
  const [dialog, setDialog] = useState<'function' | 'competence' | null>(null);
  const [notice, showNotice] = useNotice();

  const functionList = () => {
    if (!functions.isSuccess) return <QueryFallback query={functions} />;
    if (functions.data.length === 0)
      return <EmptyState title={t('competences.functionsEmptyTitle')}>{t('competences.functionsEmptyText')}</EmptyState>;
    return (
      <table className="table" aria-label={t('competences.functionsList')}>
        <thead>
          <tr>
            <th scope="col">{t('competences.field.name')}</th>
            <th scope="col">{t('competences.field.competences')}</th>
            <th scope="col">{t('competences.field.holders')}</th>
          </tr>
        </thead>
        <tbody>
          {functions.data.map((fn) => (
            <tr key={fn.id}>
              <td>
                <Link to={`/fonctions/${fn.id}`}>{fn.name}</Link>
              </td>
              <td>{fn.competences.map((c) => c.name).join(', ') || t('common.none')}</td>
              <td>
                {fn.holders
                  .filter((h) => h.active)
                  .map((h) => h.name)
                  .join(', ') || t('common.none')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  };

  return (
    <>
      <PageHeader
        title={t('competences.title')}
        subtitle={t('competences.subtitle')}
        actions={
          <>
            <Button onPress={() => setDialog('competence')}>{t('competences.newCompetence')}</Button>
            <Button variant="primary" onPress={() => setDialog('function')}>
              {t('competences.newFunction')}
            </Button>
          </>
        }
      />
      <Notice message={notice} />
      <section className="section" aria-labelledby="functions-title">
        <h2 id="functions-title">{t('competences.functions')}</h2>
        {functionList()}
      </section>
      <section className="section" aria-labelledby="catalogue-title">
        <h2 id="catalogue-title">{t('competences.catalogue')}</h2>
        {!catalogue.isSuccess ? (
          <QueryFallback query={catalogue} />
        ) : catalogue.data.length === 0 ? (
          <p>{t('competences.catalogueEmpty')}</p>
        ) : (
          <ul className="link-list" aria-label={t('competences.catalogue')}>
            {catalogue.data.map((competence) => (
              <li key={competence.id} className="link-list__item">
                {competence.name} <span className="link-list__meta">{t(`competences.kind.${competence.kind}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="matrix-title">
        <h2 id="matrix-title">{t('competences.matrix')}</h2>
        {matrix.isSuccess ? <CompetenceMatrix matrix={matrix.data} /> : <QueryFallback query={matrix} />}
      </section>
      <Modal
        title={dialog === 'function' ? t('competences.newFunctionTitle') : t('competences.newCompetence')}
        isOpen={dialog !== null}
        onOpenChange={(open) => !open && setDialog(null)}
      >
        {dialog === 'competence' && (
          <CompetenceForm
            onDone={(name) => {
              setDialog(null);
              showNotice(t('competences.competenceCreated', { name }));
            }}
            onCancel={() => setDialog(null)}
          />
        )}
        {dialog === 'function' && (
          <FunctionForm
            defaultValues={{ name: '', description: '', competenceIds: [], holderIds: [] }}
            submitLabel={t('common.create')}
            onSubmit={async (fields) => {
              const created = await create.mutateAsync(fields);
              setDialog(null);
              await navigate(`/fonctions/${created.id}`, { state: { notice: t('competences.functionCreated', { name: created.name }) } });
            }}
            onCancel={() => setDialog(null)}
          />
        )}
      </Modal>
    </>
  );
};
