import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { Notice } from '../../ui/Notice';
import { EmptyState } from '../../ui/States';
import { useReferentials } from '../common/lookups';
import { ImportButton } from './ImportButton';
import './referentials.css';
import { QueryFallback } from '../../ui/list/QueryView';

/** Every referential of the file: the shipped standard, then the schemes typed or imported. */
export const ReferentialsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const referentials = useReferentials();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  const content = () => {
    if (!referentials.isSuccess) return <QueryFallback query={referentials} />;
    if (referentials.data.length === 0) return <EmptyState title={t('referentials.emptyTitle')}>{t('referentials.emptyText')}</EmptyState>;
    return (
      <div className="table-scroller" role="region" aria-label={t('referentials.list')} tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('referentials.field.name')}</th>
              <th scope="col">{t('referentials.field.edition')}</th>
              <th scope="col">{t('referentials.field.kind')}</th>
              <th scope="col">{t('referentials.field.base')}</th>
              <th scope="col">{t('referentials.field.requirementCount')}</th>
              <th scope="col">{t('referentials.field.nonApplicableCount')}</th>
              <th scope="col">{t('referentials.field.source')}</th>
            </tr>
          </thead>
          <tbody>
            {referentials.data.map((referential) => (
              <tr key={referential.id}>
                <td className="col-title">
                  <Link to={`/referentiels/${referential.id}`}>{referential.name}</Link>
                </td>
                <td>{referential.edition}</td>
                <td>{t(`referentials.kind.${referential.kind}`)}</td>
                <td>{referential.baseName ?? t('common.none')}</td>
                <td>{referential.requirementCount}</td>
                <td>{referential.nonApplicableCount}</td>
                <td>{t(`referentials.source.${referential.source}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  };

  return (
    <>
      <PageHeader
        title={t('referentials.title')}
        subtitle={t('referentials.subtitle')}
        actions={
          <Link className="button button--primary" to="/referentiels/nouveau">
            {t('referentials.new')}
          </Link>
        }
      />
      <section className="card" aria-label={t('referentials.import')}>
        <ImportButton
          onImported={(referential) =>
            void navigate(`/referentiels/${referential.id}`, {
              state: { notice: t('referentials.imported', { name: referential.name, count: referential.requirementCount }) },
            })
          }
        />
      </section>
      <Notice message={arrivalNotice} />
      {content()}
    </>
  );
};
