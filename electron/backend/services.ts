import type { OpenedFile } from './db/connection';
import { createAgendaService } from './agenda/service';
import { createAuditControl } from './audits';
import { createDirection } from './management-review';
import { createDocumentControl } from './documents';
import { createFilesService } from './files/service';
import { createHistoryRepository } from './history/repository';
import { createImprovementLoop } from './nonconformities';
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

/** Every domain's services, bound to one open file. */
export const createServices = (file: OpenedFile, config: { actor: string; now: () => Date }) => {
  const ctx = { db: file.db, actor: config.actor, now: config.now };
  const auditControl = createAuditControl(ctx);
  const direction = createDirection(ctx);
  // Providers and surveys decide actions of the one plan, through the plan's own service.
  const support = createLoopContext(ctx);
  const supportActions = createActionsService(support);
  return {
    organisation: createOrganisationService(ctx),
    people: createPeopleService(ctx),
    processes: createProcessesService(ctx),
    ...createDocumentControl(ctx),
    ...auditControl,
    ...createImprovementLoop(ctx),
    ...direction,
    competences: createCompetencesService(ctx),
    providers: createProvidersService(support, supportActions),
    surveys: createSurveysService(support, supportActions, direction.indicators),
    referentials: createReferentialsService(ctx),
    files: createFilesService(ctx),
    history: createHistoryRepository(file.db),
    search: createSearchService(file.db),
    agenda: createAgendaService(ctx, auditControl.certifications.warnings),
  };
};

export type Services = ReturnType<typeof createServices>;
