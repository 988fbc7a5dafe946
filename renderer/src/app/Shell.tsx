import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { ReminderBanner } from '../features/agenda/ReminderBanner';
import { HelpButton } from '../features/help/HelpButton';
import { IdentityButton, IdentityQuestion } from '../features/identity/IdentityPrompt';
import { useAppInfo } from './appInfo';
import { SearchDialog } from '../features/search/SearchDialog';
import { ShortcutsSheet } from '../features/search/ShortcutsSheet';
import { useShortcuts } from './useShortcuts';
import { useUndo } from './useUndo';
import { Notice } from '../ui/Notice';
import { NoticeActionContext } from '../ui/NoticeAction';
import { NoticeStack } from '../ui/NoticeStack';
import { Button } from '../ui/Button';
import { FileErrorScreen } from './FileErrorScreen';
import { QueryFallback } from '../ui/list/QueryView';

const navItems = [
  { to: '/a-faire', key: 'agenda.nav' },
  { to: '/documents', key: 'nav.documents' },
  { to: '/processus', key: 'nav.processes' },
  { to: '/referentiels', key: 'referentials.nav' },
  { to: '/contexte', key: 'issues.nav' },
  { to: '/parties-interessees', key: 'parties.nav' },
  { to: '/risques', key: 'risks.nav' },
  { to: '/veille', key: 'watch.nav' },
  { to: '/certifications', key: 'certifications.nav' },
  { to: '/audits', key: 'audits.nav' },
  { to: '/non-conformites', key: 'nonconformities.nav' },
  { to: '/plan-actions', key: 'actions.nav' },
  { to: '/reclamations', key: 'complaints.nav' },
  { to: '/ameliorations', key: 'suggestions.nav' },
  { to: '/enquetes', key: 'surveys.nav' },
  { to: '/indicateurs', key: 'indicators.nav' },
  { to: '/revues-de-direction', key: 'managementReview.nav' },
  { to: '/competences', key: 'competences.nav' },
  { to: '/formations', key: 'trainings.nav' },
  { to: '/prestataires', key: 'providers.nav' },
  { to: '/pret-pour-l-audit', key: 'readiness.nav' },
  { to: '/dossier-de-preuves', key: 'pack.nav' },
  { to: '/groupe', key: 'group.nav' },
  { to: '/annuaire', key: 'nav.people' },
  { to: '/structure', key: 'nav.organisation' },
  { to: '/fichier', key: 'datafile.nav' },
] as const;

/** The frame of every screen: who the file is for, where it lives, and the navigation. */
export const Shell = () => {
  const { t } = useTranslation();
  const info = useAppInfo();
  const [searching, setSearching] = useState(false);
  const [showingShortcuts, setShowingShortcuts] = useState(false);
  const { undo, message: undone, generation } = useUndo();
  const undoAction = useMemo(() => ({ label: t('undo.button'), run: undo, generation }), [t, undo, generation]);
  useShortcuts({ setPalette: setSearching, setShortcuts: setShowingShortcuts, undo });
  if (!info.isSuccess) return <QueryFallback query={info} />;
  if (info.data.file.status === 'error') return <FileErrorScreen file={info.data.file} host={info.data.host} />;
  const { file } = info.data;

  return (
    <NoticeActionContext.Provider value={undoAction}>
      <NoticeStack>
        <div className="shell">
          <a className="skip-link" href="#contenu">
            {t('app.skipToContent')}
          </a>
          <header className="shell__header">
            <div className="shell__brand">
              <span className="shell__logo" aria-hidden="true">
                ❦
              </span>
              <span className="shell__name">{t('app.name')}</span>
            </div>
            <div className="shell__organisation">
              {info.data.organisationName ?? (
                <Link to="/structure" className="shell__unnamed">
                  {t('app.unnamedOrganisation')} — {t('app.nameOrganisation')}
                </Link>
              )}
            </div>
            <Button className="shell__search" onPress={() => setSearching(true)} aria-keyshortcuts="Control+K">
              <span aria-hidden="true">⌕ </span>
              {t('search.open')} <kbd>{t('search.shortcut')}</kbd>
            </Button>
            <IdentityButton />
            <HelpButton />
            <p className="shell__file" title={file.path}>
              <span className="shell__file-label">{t('app.file')} :</span> <span data-testid="file-path">{file.path}</span>
              {file.readOnly && <span className="badge"> {t('datafile.readOnly')}</span>}
            </p>
          </header>
          <nav className="shell__nav" aria-label={t('app.mainNav')}>
            <ul>
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} className={({ isActive }) => `shell__link${isActive ? ' shell__link--active' : ''}`}>
                    {t(item.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <main className="shell__main" id="contenu" tabIndex={-1}>
            {file.readOnly &&
              (file.readOnlyReason ? (
                <p className="banner banner--warning" role="alert" data-testid="read-only-reason">
                  {file.readOnlyReason}
                </p>
              ) : (
                <p className="banner banner--info" role="status">
                  {t('datafile.readOnlyBanner')}
                </p>
              ))}
            {file.backupWarning && (
              <p className="banner banner--warning" role="alert">
                {t('datafile.backupWarning')} {file.backupWarning} <Link to="/fichier">{t('datafile.nav')}</Link>
              </p>
            )}
            {info.data.host === 'browser' && <ReminderBanner />}
            <IdentityQuestion />
            <Outlet />
          </main>
          <SearchDialog isOpen={searching} onOpenChange={setSearching} context={{ showShortcuts: () => setShowingShortcuts(true), undo }} />
          <ShortcutsSheet isOpen={showingShortcuts} onOpenChange={setShowingShortcuts} />
          <Notice message={undone} undoable={false} last />
        </div>
      </NoticeStack>
    </NoticeActionContext.Provider>
  );
};
