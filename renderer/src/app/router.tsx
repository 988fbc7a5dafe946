import { createHashRouter, Navigate } from 'react-router';
import { AgendaPage } from '../features/agenda/AgendaPage';
import { AuditCreatePage } from '../features/audits/AuditCreatePage';
import { AuditPage } from '../features/audits/AuditPage';
import { AuditProgrammePage } from '../features/audits/AuditProgrammePage';
import { AuditsPage } from '../features/audits/AuditsPage';
import { CertificationCreatePage } from '../features/certifications/CertificationCreatePage';
import { CertificationPage } from '../features/certifications/CertificationPage';
import { CertificationsPage } from '../features/certifications/CertificationsPage';
import { DocumentCreatePage } from '../features/documents/DocumentCreatePage';
import { DocumentPage } from '../features/documents/DocumentPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { IndicatorCreatePage } from '../features/indicators/IndicatorCreatePage';
import { IndicatorPage } from '../features/indicators/IndicatorPage';
import { IndicatorsPage } from '../features/indicators/IndicatorsPage';
import { ObjectivesPage } from '../features/indicators/ObjectivesPage';
import { ReviewCreatePage } from '../features/management-review/ReviewCreatePage';
import { ReviewPage } from '../features/management-review/ReviewPage';
import { ReviewsPage } from '../features/management-review/ReviewsPage';
import { ActionPage } from '../features/actions/ActionPage';
import { ActionPlanPage } from '../features/actions/ActionPlanPage';
import { ComplaintPage } from '../features/complaints/ComplaintPage';
import { ComplaintsPage } from '../features/complaints/ComplaintsPage';
import { NonconformitiesPage } from '../features/nonconformities/NonconformitiesPage';
import { NonconformityCreatePage } from '../features/nonconformities/NonconformityCreatePage';
import { NonconformityPage } from '../features/nonconformities/NonconformityPage';
import { SuggestionPage } from '../features/suggestions/SuggestionPage';
import { SuggestionsPage } from '../features/suggestions/SuggestionsPage';
import { OrganisationPage } from '../features/organisation/OrganisationPage';
import { PackWizardPage } from '../features/pack/PackWizardPage';
import { DataFilePage } from '../features/datafile/DataFilePage';
import { PeoplePage } from '../features/people/PeoplePage';
import { ProcessesPage } from '../features/processes/ProcessesPage';
import { ReferentialCreatePage } from '../features/referentials/ReferentialCreatePage';
import { ReferentialPage } from '../features/referentials/ReferentialPage';
import { ReferentialsPage } from '../features/referentials/ReferentialsPage';
import { RequirementCreatePage } from '../features/referentials/RequirementCreatePage';
import { RequirementPage } from '../features/referentials/RequirementPage';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

/** Hash routes work the same from app:// (Electron) and http://127.0.0.1 (browser mode). */
export const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <Navigate to="/a-faire" replace /> },
      { path: 'a-faire', element: <AgendaPage /> },
      { path: 'documents', element: <DocumentsPage /> },
      { path: 'documents/nouveau', element: <DocumentCreatePage /> },
      { path: 'documents/:id', element: <DocumentPage /> },
      { path: 'processus', element: <ProcessesPage /> },
      { path: 'referentiels', element: <ReferentialsPage /> },
      { path: 'referentiels/nouveau', element: <ReferentialCreatePage /> },
      { path: 'referentiels/:id', element: <ReferentialPage /> },
      { path: 'referentiels/:id/nouvelle-exigence', element: <RequirementCreatePage /> },
      { path: 'exigences/:id', element: <RequirementPage /> },
      { path: 'certifications', element: <CertificationsPage /> },
      { path: 'certifications/nouvelle', element: <CertificationCreatePage /> },
      { path: 'certifications/:id', element: <CertificationPage /> },
      { path: 'audits', element: <AuditsPage /> },
      { path: 'audits/nouveau', element: <AuditCreatePage /> },
      { path: 'audits/programme', element: <AuditProgrammePage /> },
      { path: 'audits/:id', element: <AuditPage /> },
      { path: 'non-conformites', element: <NonconformitiesPage /> },
      { path: 'non-conformites/nouvelle', element: <NonconformityCreatePage /> },
      { path: 'non-conformites/:id', element: <NonconformityPage /> },
      { path: 'plan-actions', element: <ActionPlanPage /> },
      { path: 'actions/:id', element: <ActionPage /> },
      { path: 'reclamations', element: <ComplaintsPage /> },
      { path: 'reclamations/:id', element: <ComplaintPage /> },
      { path: 'ameliorations', element: <SuggestionsPage /> },
      { path: 'ameliorations/:id', element: <SuggestionPage /> },
      { path: 'indicateurs', element: <IndicatorsPage /> },
      { path: 'indicateurs/nouveau', element: <IndicatorCreatePage /> },
      { path: 'indicateurs/:id', element: <IndicatorPage /> },
      { path: 'objectifs', element: <ObjectivesPage /> },
      { path: 'revues-de-direction', element: <ReviewsPage /> },
      { path: 'revues-de-direction/nouvelle', element: <ReviewCreatePage /> },
      { path: 'revues-de-direction/:id', element: <ReviewPage /> },
      { path: 'dossier-de-preuves', element: <PackWizardPage /> },
      { path: 'annuaire', element: <PeoplePage /> },
      { path: 'structure', element: <OrganisationPage /> },
      { path: 'fichier', element: <DataFilePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
