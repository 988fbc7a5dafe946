import { appMessages } from './app';
import { documentsMessages } from './documents';
import { filesMessages } from './files';
import { historyMessages } from './history';
import { versionsMessages } from './versions';
import { searchMessages } from './search';
import { agendaMessages } from './agenda';
import { peopleMessages } from './people';
import { processesMessages } from './processes';
import { referentialsMessages } from './referentials';
import { certificationsMessages } from './certifications';
import { auditsMessages } from './audits';
import { nonconformitiesMessages } from './nonconformities';
import { actionsMessages } from './actions';
import { complaintsMessages } from './complaints';
import { suggestionsMessages } from './suggestions';
import { organisationMessages } from './organisation';
import { packMessages } from './pack';
import { datafileMessages } from './datafile';
import { indicatorsMessages } from './indicators';
import { managementReviewMessages } from './managementReview';
import { helpMessages } from './help';
import { importsMessages } from './imports';
import { firstStepsMessages } from './firstSteps';
import { identityMessages } from './identity';
import { competencesMessages } from './competences';
import { providersMessages } from './providers';
import { surveysMessages } from './surveys';
import { readinessMessages } from './readiness';
import { issuesMessages } from './issues';
import { partiesMessages } from './parties';
import { risksMessages } from './risks';
import { watchMessages } from './watch';
import { groupMessages } from './group';
import { groupRequestsMessages } from './groupRequests';

/** French, the product's language. English (../en) must have the same keys. */
export const fr = {
  ...appMessages,
  ...documentsMessages,
  ...filesMessages,
  ...historyMessages,
  ...versionsMessages,
  ...searchMessages,
  ...agendaMessages,
  ...peopleMessages,
  ...processesMessages,
  ...referentialsMessages,
  ...certificationsMessages,
  ...auditsMessages,
  ...nonconformitiesMessages,
  ...actionsMessages,
  ...complaintsMessages,
  ...suggestionsMessages,
  ...organisationMessages,
  ...packMessages,
  ...datafileMessages,
  ...indicatorsMessages,
  ...managementReviewMessages,
  ...helpMessages,
  ...importsMessages,
  ...firstStepsMessages,
  ...identityMessages,
  ...competencesMessages,
  ...providersMessages,
  ...surveysMessages,
  ...readinessMessages,
  ...issuesMessages,
  ...partiesMessages,
  ...risksMessages,
  ...watchMessages,
  ...groupMessages,
  ...groupRequestsMessages,
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof fr>;
