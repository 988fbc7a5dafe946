import type { ComponentType } from 'react';
import { createHashRouter, Navigate } from 'react-router';
import { AgendaPage } from '../features/agenda/AgendaPage';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

/**
 * A screen loaded when first visited: the home screen ("À faire") is in the main bundle, every
 * other screen in its own chunk, so opening Sève parses only what its first screen needs.
 */
const page =
  <M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) =>
  async (): Promise<{ Component: ComponentType }> => ({ Component: (await load())[name] as ComponentType });

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
      { path: 'a-faire', element: <AgendaPage /> },
      { path: 'documents', lazy: page(() => import('../features/documents/DocumentsPage'), 'DocumentsPage') },
      { path: 'documents/nouveau', lazy: page(() => import('../features/documents/DocumentCreatePage'), 'DocumentCreatePage') },
      { path: 'documents/:id', lazy: page(() => import('../features/documents/DocumentPage'), 'DocumentPage') },
      { path: 'processus', lazy: page(() => import('../features/processes/ProcessesPage'), 'ProcessesPage') },
      { path: 'referentiels', lazy: page(() => import('../features/referentials/ReferentialsPage'), 'ReferentialsPage') },
      { path: 'referentiels/nouveau', lazy: page(() => import('../features/referentials/ReferentialCreatePage'), 'ReferentialCreatePage') },
      { path: 'referentiels/:id', lazy: page(() => import('../features/referentials/ReferentialPage'), 'ReferentialPage') },
      {
        path: 'referentiels/:id/nouvelle-exigence',
        lazy: page(() => import('../features/referentials/RequirementCreatePage'), 'RequirementCreatePage'),
      },
      { path: 'exigences/:id', lazy: page(() => import('../features/referentials/RequirementPage'), 'RequirementPage') },
      { path: 'certifications', lazy: page(() => import('../features/certifications/CertificationsPage'), 'CertificationsPage') },
      {
        path: 'certifications/nouvelle',
        lazy: page(() => import('../features/certifications/CertificationCreatePage'), 'CertificationCreatePage'),
      },
      { path: 'certifications/:id', lazy: page(() => import('../features/certifications/CertificationPage'), 'CertificationPage') },
      { path: 'audits', lazy: page(() => import('../features/audits/AuditsPage'), 'AuditsPage') },
      { path: 'audits/nouveau', lazy: page(() => import('../features/audits/AuditCreatePage'), 'AuditCreatePage') },
      { path: 'audits/programme', lazy: page(() => import('../features/audits/AuditProgrammePage'), 'AuditProgrammePage') },
      { path: 'audits/:id', lazy: page(() => import('../features/audits/AuditPage'), 'AuditPage') },
      { path: 'non-conformites', lazy: page(() => import('../features/nonconformities/NonconformitiesPage'), 'NonconformitiesPage') },
      {
        path: 'non-conformites/nouvelle',
        lazy: page(() => import('../features/nonconformities/NonconformityCreatePage'), 'NonconformityCreatePage'),
      },
      { path: 'non-conformites/:id', lazy: page(() => import('../features/nonconformities/NonconformityPage'), 'NonconformityPage') },
      { path: 'plan-actions', lazy: page(() => import('../features/actions/ActionPlanPage'), 'ActionPlanPage') },
      { path: 'actions/:id', lazy: page(() => import('../features/actions/ActionPage'), 'ActionPage') },
      { path: 'reclamations', lazy: page(() => import('../features/complaints/ComplaintsPage'), 'ComplaintsPage') },
      { path: 'reclamations/:id', lazy: page(() => import('../features/complaints/ComplaintPage'), 'ComplaintPage') },
      { path: 'ameliorations', lazy: page(() => import('../features/suggestions/SuggestionsPage'), 'SuggestionsPage') },
      { path: 'ameliorations/:id', lazy: page(() => import('../features/suggestions/SuggestionPage'), 'SuggestionPage') },
      { path: 'indicateurs', lazy: page(() => import('../features/indicators/IndicatorsPage'), 'IndicatorsPage') },
      { path: 'indicateurs/nouveau', lazy: page(() => import('../features/indicators/IndicatorCreatePage'), 'IndicatorCreatePage') },
      { path: 'indicateurs/:id', lazy: page(() => import('../features/indicators/IndicatorPage'), 'IndicatorPage') },
      { path: 'objectifs', lazy: page(() => import('../features/indicators/ObjectivesPage'), 'ObjectivesPage') },
      { path: 'revues-de-direction', lazy: page(() => import('../features/management-review/ReviewsPage'), 'ReviewsPage') },
      {
        path: 'revues-de-direction/nouvelle',
        lazy: page(() => import('../features/management-review/ReviewCreatePage'), 'ReviewCreatePage'),
      },
      { path: 'revues-de-direction/:id', lazy: page(() => import('../features/management-review/ReviewPage'), 'ReviewPage') },
      { path: 'competences', lazy: page(() => import('../features/competences/CompetencesPage'), 'CompetencesPage') },
      { path: 'fonctions/:id', lazy: page(() => import('../features/competences/FunctionPage'), 'FunctionPage') },
      { path: 'formations', lazy: page(() => import('../features/competences/TrainingsPage'), 'TrainingsPage') },
      { path: 'formations/:id', lazy: page(() => import('../features/competences/TrainingPage'), 'TrainingPage') },
      { path: 'prestataires', lazy: page(() => import('../features/providers/ProvidersPage'), 'ProvidersPage') },
      { path: 'prestataires/:id', lazy: page(() => import('../features/providers/ProviderPage'), 'ProviderPage') },
      { path: 'enquetes', lazy: page(() => import('../features/surveys/SurveysPage'), 'SurveysPage') },
      { path: 'enquetes/:id', lazy: page(() => import('../features/surveys/SurveyPage'), 'SurveyPage') },
      { path: 'dossier-de-preuves', lazy: page(() => import('../features/pack/PackWizardPage'), 'PackWizardPage') },
      { path: 'annuaire', lazy: page(() => import('../features/people/PeoplePage'), 'PeoplePage') },
      { path: 'structure', lazy: page(() => import('../features/organisation/OrganisationPage'), 'OrganisationPage') },
      { path: 'fichier', lazy: page(() => import('../features/datafile/DataFilePage'), 'DataFilePage') },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
