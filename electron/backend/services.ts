import type { OpenedFile } from './db/connection';
import { createAgendaService } from './agenda/service';
import { createAuditControl } from './audits';
import { createManagementReview } from './management-review';
import { createDocumentControl } from './documents';
import { createFilesService } from './files/service';
import { createFirstStepsRepository } from './first-steps/repository';
import { createHistoryRepository } from './history/repository';
import type { Author } from './identity/author';
import { createImprovementLoop } from './nonconformities';
import { createImportService } from './imports/service';
import { createContextRegisters } from './issues';
import { createOrganisationService } from './organisation/service';
import { createPeopleService } from './people/service';
import { createProcessesService } from './processes/service';
import { createReferentialsService } from './referentials/service';
import { createSearchService } from './search/service';
import { createActionsService } from './actions/service';
import { createCompetencesService } from './competences/service';
import { createLoopContext } from './nonconformities/context';
import { createProvidersService } from './providers/service';
import { createSurveysService } from './surveys/service';
import { createReadinessService } from './readiness/service';
import { createUndoMemory } from './undo/memory';
import { createRequestsService } from './group/requests';
import { createGroupService } from './group/service';
import { createGroupSamplingService } from './group/sampling';
import { createCrossAuditsService } from './group/cross-audits';

/** Every domain's services, bound to one open file. */
export const createServices = (file: Pick<OpenedFile, 'db'>, config: { author: () => Author; now: () => Date }) => {
  const ctx = { db: file.db, author: config.author, now: config.now };
  const auditControl = createAuditControl(ctx);
  const documentControl = createDocumentControl(ctx);
  // One action plan for the file: every domain that decides actions goes through its service.
  const loop = createLoopContext(ctx);
  const plan = createActionsService(loop);
  const direction = createManagementReview(ctx, plan);
  return {
    organisation: createOrganisationService(ctx),
    people: createPeopleService(ctx),
    processes: createProcessesService(ctx),
    ...documentControl,
    imports: createImportService(ctx, documentControl.documents),
    ...auditControl,
    ...createImprovementLoop(ctx, loop, plan),
    ...direction,
    competences: createCompetencesService(ctx),
    providers: createProvidersService(loop, plan),
    surveys: createSurveysService(loop, plan, direction.indicators),
    ...createContextRegisters(ctx, loop, plan),
    referentials: createReferentialsService(ctx),
    files: createFilesService(ctx),
    history: createHistoryRepository(file.db, config.author),
    search: createSearchService(file.db),
    agenda: createAgendaService(ctx, auditControl.certifications.warnings),
    firstSteps: createFirstStepsRepository(file.db),
    readiness: createReadinessService(ctx),
    undo: createUndoMemory(),
    group: createGroupService(ctx),
    groupSampling: createGroupSamplingService(ctx, auditControl.certifications.plan),
    groupCrossAudits: createCrossAuditsService(ctx),
    groupRequests: createRequestsService(ctx),
  };
};

export type Services = ReturnType<typeof createServices>;
