import type { MethodInput } from '../../../shared/api/contract';
import type { AgendaQuery } from '../../../shared/schemas/agenda';
import type { AttachmentOwner } from '../../../shared/schemas/files';
import type { ComplaintListQuery } from '../../../shared/schemas/complaints';
import type { SuggestionListQuery } from '../../../shared/schemas/suggestions';
import type { HistoryEntity } from '../../../shared/schemas/history';
import type { LinkEntity } from '../../../shared/domain/referentials';
import type { TrainingListQuery } from '../../../shared/schemas/competences';
import type { ProviderListQuery } from '../../../shared/schemas/providers';
import type { SurveyListQuery } from '../../../shared/schemas/surveys';
import type { IssueListQuery } from '../../../shared/schemas/issues';
import type { PartyListQuery } from '../../../shared/schemas/parties';
import type { RiskListQuery } from '../../../shared/schemas/risks';
import type { WatchItemListQuery } from '../../../shared/schemas/watch';

/** Every TanStack Query key in one place, so mutations invalidate exactly what they change. */
export const queryKeys = {
  appInfo: ['app', 'info'] as const,
  identity: ['identity'] as const,
  firstSteps: ['firstSteps'] as const,
  /** A folder import's progress (polled while it runs). */
  importJob: (jobId: string) => ['imports', 'job', jobId] as const,
  recentFiles: ['datafile', 'recent'] as const,
  backups: ['backups'] as const,
  organisation: ['organisation'] as const,
  memberKey: ['group', 'memberKey'] as const,
  group: ['group', 'declaration'] as const,
  groupView: ['group', 'view'] as const,
  groupSampling: ['group', 'sampling'] as const,
  crossAudits: ['group', 'crossAudits'] as const,
  groupRequests: ['group', 'requests'] as const,
  people: ['people'] as const,
  processes: ['processes'] as const,
  /** A PDF generation job's progress (polled while it runs). */
  packJob: (jobId: string) => ['pack', 'job', jobId] as const,
  /** « Prêt pour l'audit ? » reads every register: any change may move it, so it is never kept fresh for long. */
  readiness: (query: MethodInput<'readiness.check'>) => ['readiness', query] as const,
  documents: ['documents'] as const,
  /** The register a page at a time; under `list`, so what invalidates the lists invalidates it. */
  documentPage: (query: MethodInput<'documents.page'>) => ['documents', 'list', 'page', query] as const,
  document: (id: number) => ['documents', 'one', id] as const,
  versions: (documentId: number) => ['documents', 'versions', documentId] as const,
  reviews: (documentId: number) => ['documents', 'reviews', documentId] as const,
  reads: (versionId: number) => ['documents', 'reads', versionId] as const,
  history: (entity: HistoryEntity, entityId: number) => ['history', entity, entityId] as const,
  search: (text: string) => ['search', text] as const,
  agenda: (query: AgendaQuery) => ['agenda', query] as const,
  reminders: ['reminders'] as const,
  attachments: (owner: AttachmentOwner) => ['files', owner.entity, owner.id] as const,
  referentials: ['referentials'] as const,
  referential: (id: number) => ['referentials', 'one', id] as const,
  requirement: (id: number) => ['referentials', 'requirement', id] as const,
  requirementAnswers: (id: number) => ['referentials', 'answers', id] as const,
  requirementOptions: ['referentials', 'options'] as const,
  requirementLinks: (entity: LinkEntity, entityId: number) => ['referentials', 'links', entity, entityId] as const,
  certifications: ['certifications'] as const,
  certification: (id: number) => ['certifications', 'one', id] as const,
  cyclePlan: (id: number) => ['certifications', 'plan', id] as const,
  audits: ['audits'] as const,
  auditList: (query: MethodInput<'audits.list'>) => ['audits', 'list', query] as const,
  audit: (id: number) => ['audits', 'one', id] as const,
  auditProgramme: (query: MethodInput<'audits.programme'>) => ['audits', 'programme', query] as const,
  checklist: (auditId: number) => ['audits', 'checklist', auditId] as const,
  findings: (auditId: number) => ['audits', 'findings', auditId] as const,
  grades: (auditId: number) => ['audits', 'grades', auditId] as const,
  gradeScale: (referentialId: number) => ['audits', 'gradeScale', referentialId] as const,
  /** Under `audits`: any change to an audit (its report's notification) refreshes it. */
  responseRule: (auditId: number) => ['audits', 'responseRule', auditId] as const,
  structureRule: ['audits', 'structureRule'] as const,
  nonconformities: ['nonconformities'] as const,
  indicatorTemplates: ['indicators', 'templates'] as const,
  indicatorList: (includeInactive: boolean) => ['indicators', 'list', includeInactive] as const,
  indicator: (id: number) => ['indicators', 'one', id] as const,
  objectives: ['objectives'] as const,
  qualityPolicy: ['objectives', 'policy'] as const,
  managementReviews: ['managementReviews'] as const,
  managementReview: (id: number) => ['managementReviews', 'one', id] as const,
  reviewInputs: (id: number) => ['managementReviews', 'inputs', id] as const,
  nonconformityPage: (query: MethodInput<'nonconformities.page'>) => ['nonconformities', 'list', 'page', query] as const,
  nonconformity: (id: number) => ['nonconformities', 'one', id] as const,
  actions: ['actions'] as const,
  actionPage: (query: MethodInput<'actions.page'>) => ['actions', 'list', 'page', query] as const,
  action: (id: number) => ['actions', 'one', id] as const,
  complaints: ['complaints'] as const,
  complaintList: (query: ComplaintListQuery) => ['complaints', 'list', query] as const,
  complaint: (id: number) => ['complaints', 'one', id] as const,
  suggestions: ['suggestions'] as const,
  suggestionList: (query: SuggestionListQuery) => ['suggestions', 'list', query] as const,
  suggestion: (id: number) => ['suggestions', 'one', id] as const,
  competences: ['competences'] as const,
  competenceCatalogue: ['competences', 'catalogue'] as const,
  jobFunctions: ['competences', 'functions'] as const,
  jobFunction: (id: number) => ['competences', 'function', id] as const,
  trainingList: (query: TrainingListQuery) => ['competences', 'trainings', query] as const,
  training: (id: number) => ['competences', 'training', id] as const,
  competenceMatrix: ['competences', 'matrix'] as const,
  providers: ['providers'] as const,
  providerList: (query: ProviderListQuery) => ['providers', 'list', query] as const,
  provider: (id: number) => ['providers', 'one', id] as const,
  providerCriteria: ['providers', 'criteria'] as const,
  surveys: ['surveys'] as const,
  surveyList: (query: SurveyListQuery) => ['surveys', 'list', query] as const,
  survey: (id: number) => ['surveys', 'one', id] as const,
  /** The context registers read each other (a risk names its issue, an issue counts its risks): one root refreshes them all. */
  context: ['context'] as const,
  contextOverview: ['context', 'overview'] as const,
  issueList: (query: IssueListQuery) => ['context', 'issues', query] as const,
  issue: (id: number) => ['context', 'issue', id] as const,
  partyList: (query: PartyListQuery) => ['context', 'parties', query] as const,
  party: (id: number) => ['context', 'party', id] as const,
  riskList: (query: RiskListQuery) => ['context', 'risks', query] as const,
  risk: (id: number) => ['context', 'risk', id] as const,
  riskScale: ['context', 'riskScale'] as const,
  watchSources: (includeInactive: boolean) => ['context', 'watchSources', includeInactive] as const,
  watchSource: (id: number) => ['context', 'watchSource', id] as const,
  watchItems: (query: WatchItemListQuery) => ['context', 'watchItems', query] as const,
  watchItem: (id: number) => ['context', 'watchItem', id] as const,
};
