import type { ComponentType, ReactNode } from 'react';
import { createHashRouter, Navigate } from 'react-router';
import { AgendaPage } from '../features/agenda/AgendaPage';
import { NotFoundPage } from './NotFoundPage';
import { screenHelp, type ScreenPath } from './screens';
import { Shell } from './Shell';

/**
 * A screen loaded when first visited: the home screen ("À faire") is in the main bundle, every
 * other screen in its own chunk, so opening Sève parses only what its first screen needs.
 */
const page =
  <M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) =>
  async (): Promise<{ Component: ComponentType }> => ({ Component: (await load())[name] as ComponentType });

/** A screen's route, carrying the guide's section for it (the shell's "?" opens it). */
const screen = (path: ScreenPath, route: { element: ReactNode } | { lazy: () => Promise<{ Component: ComponentType }> }) => ({
  path,
  handle: { help: screenHelp[path] },
  ...route,
});

// Opening Sève lands on "À faire" directly: a redirect from "/" would render the home screen one
// navigation later (router updates are transitions), after the data it could have asked for already.
if (window.location.hash === '' || window.location.hash === '#/') window.history.replaceState(null, '', '#/a-faire');

/** Hash routes work the same from app:// (Electron) and http://127.0.0.1 (browser mode). */
export const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <Navigate to="/a-faire" replace /> },
      screen('a-faire', { element: <AgendaPage /> }),
      screen('documents', { lazy: page(() => import('../features/documents/DocumentsPage'), 'DocumentsPage') }),
      screen('documents/nouveau', { lazy: page(() => import('../features/documents/DocumentCreatePage'), 'DocumentCreatePage') }),
      screen('documents/importer', { lazy: page(() => import('../features/imports/ImportPage'), 'ImportPage') }),
      screen('documents/:id', { lazy: page(() => import('../features/documents/DocumentPage'), 'DocumentPage') }),
      screen('processus', { lazy: page(() => import('../features/processes/ProcessesPage'), 'ProcessesPage') }),
      screen('referentiels', { lazy: page(() => import('../features/referentials/ReferentialsPage'), 'ReferentialsPage') }),
      screen('referentiels/nouveau', {
        lazy: page(() => import('../features/referentials/ReferentialCreatePage'), 'ReferentialCreatePage'),
      }),
      screen('referentiels/:id', { lazy: page(() => import('../features/referentials/ReferentialPage'), 'ReferentialPage') }),
      screen('referentiels/:id/nouvelle-exigence', {
        lazy: page(() => import('../features/referentials/RequirementCreatePage'), 'RequirementCreatePage'),
      }),
      screen('exigences/:id', { lazy: page(() => import('../features/referentials/RequirementPage'), 'RequirementPage') }),
      screen('certifications', { lazy: page(() => import('../features/certifications/CertificationsPage'), 'CertificationsPage') }),
      screen('certifications/nouvelle', {
        lazy: page(() => import('../features/certifications/CertificationCreatePage'), 'CertificationCreatePage'),
      }),
      screen('certifications/:id', { lazy: page(() => import('../features/certifications/CertificationPage'), 'CertificationPage') }),
      screen('audits', { lazy: page(() => import('../features/audits/AuditsPage'), 'AuditsPage') }),
      screen('audits/nouveau', { lazy: page(() => import('../features/audits/AuditCreatePage'), 'AuditCreatePage') }),
      screen('audits/programme', { lazy: page(() => import('../features/audits/AuditProgrammePage'), 'AuditProgrammePage') }),
      screen('audits/:id', { lazy: page(() => import('../features/audits/AuditPage'), 'AuditPage') }),
      screen('non-conformites', { lazy: page(() => import('../features/nonconformities/NonconformitiesPage'), 'NonconformitiesPage') }),
      screen('non-conformites/nouvelle', {
        lazy: page(() => import('../features/nonconformities/NonconformityCreatePage'), 'NonconformityCreatePage'),
      }),
      screen('non-conformites/:id', { lazy: page(() => import('../features/nonconformities/NonconformityPage'), 'NonconformityPage') }),
      screen('plan-actions', { lazy: page(() => import('../features/actions/ActionPlanPage'), 'ActionPlanPage') }),
      screen('actions/:id', { lazy: page(() => import('../features/actions/ActionPage'), 'ActionPage') }),
      screen('reclamations', { lazy: page(() => import('../features/complaints/ComplaintsPage'), 'ComplaintsPage') }),
      screen('reclamations/:id', { lazy: page(() => import('../features/complaints/ComplaintPage'), 'ComplaintPage') }),
      screen('ameliorations', { lazy: page(() => import('../features/suggestions/SuggestionsPage'), 'SuggestionsPage') }),
      screen('ameliorations/:id', { lazy: page(() => import('../features/suggestions/SuggestionPage'), 'SuggestionPage') }),
      screen('indicateurs', { lazy: page(() => import('../features/indicators/IndicatorsPage'), 'IndicatorsPage') }),
      screen('indicateurs/nouveau', { lazy: page(() => import('../features/indicators/IndicatorCreatePage'), 'IndicatorCreatePage') }),
      screen('indicateurs/:id', { lazy: page(() => import('../features/indicators/IndicatorPage'), 'IndicatorPage') }),
      screen('objectifs', { lazy: page(() => import('../features/indicators/ObjectivesPage'), 'ObjectivesPage') }),
      screen('revues-de-direction', { lazy: page(() => import('../features/management-review/ReviewsPage'), 'ReviewsPage') }),
      screen('revues-de-direction/nouvelle', {
        lazy: page(() => import('../features/management-review/ReviewCreatePage'), 'ReviewCreatePage'),
      }),
      screen('revues-de-direction/:id', { lazy: page(() => import('../features/management-review/ReviewPage'), 'ReviewPage') }),
      screen('pret-pour-l-audit', { lazy: page(() => import('../features/readiness/ReadinessPage'), 'ReadinessPage') }),
      screen('contexte', { lazy: page(() => import('../features/issues/IssuesPage'), 'IssuesPage') }),
      screen('contexte/enjeux/:id', { lazy: page(() => import('../features/issues/IssuePage'), 'IssuePage') }),
      screen('parties-interessees', { lazy: page(() => import('../features/parties/PartiesPage'), 'PartiesPage') }),
      screen('parties-interessees/:id', { lazy: page(() => import('../features/parties/PartyPage'), 'PartyPage') }),
      screen('risques', { lazy: page(() => import('../features/risks/RisksPage'), 'RisksPage') }),
      screen('risques/:id', { lazy: page(() => import('../features/risks/RiskPage'), 'RiskPage') }),
      screen('veille', { lazy: page(() => import('../features/watch/WatchPage'), 'WatchPage') }),
      screen('veille/sources/:id', { lazy: page(() => import('../features/watch/SourcePage'), 'SourcePage') }),
      screen('veille/informations/:id', { lazy: page(() => import('../features/watch/WatchItemPage'), 'WatchItemPage') }),
      screen('dossier-de-preuves', { lazy: page(() => import('../features/pack/PackWizardPage'), 'PackWizardPage') }),
      screen('groupe', { lazy: page(() => import('../features/group/GroupPage'), 'GroupPage') }),
      screen('groupe/demandes', { lazy: page(() => import('../features/group/GroupRequestsPage'), 'GroupRequestsPage') }),
      screen('annuaire', { lazy: page(() => import('../features/people/PeoplePage'), 'PeoplePage') }),
      screen('structure', { lazy: page(() => import('../features/organisation/OrganisationPage'), 'OrganisationPage') }),
      screen('fichier', { lazy: page(() => import('../features/datafile/DataFilePage'), 'DataFilePage') }),
      screen('aide', { lazy: page(() => import('../features/help/HelpPage'), 'HelpPage') }),
      screen('aide/:section', { lazy: page(() => import('../features/help/HelpPage'), 'HelpPage') }),
      screen('competences', { lazy: page(() => import('../features/competences/CompetencesPage'), 'CompetencesPage') }),
      screen('fonctions/:id', { lazy: page(() => import('../features/competences/FunctionPage'), 'FunctionPage') }),
      screen('formations', { lazy: page(() => import('../features/competences/TrainingsPage'), 'TrainingsPage') }),
      screen('formations/:id', { lazy: page(() => import('../features/competences/TrainingPage'), 'TrainingPage') }),
      screen('prestataires', { lazy: page(() => import('../features/providers/ProvidersPage'), 'ProvidersPage') }),
      screen('prestataires/:id', { lazy: page(() => import('../features/providers/ProviderPage'), 'ProviderPage') }),
      screen('enquetes', { lazy: page(() => import('../features/surveys/SurveysPage'), 'SurveysPage') }),
      screen('enquetes/:id', { lazy: page(() => import('../features/surveys/SurveyPage'), 'SurveyPage') }),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
