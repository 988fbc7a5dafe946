import type { z } from 'zod';
import { agendaMethods } from './methods/agenda';
import { appMethods } from './methods/app';
import { organisationMethods } from './methods/organisation';
import { backupsMethods } from './methods/backups';
import { datafileMethods } from './methods/datafile';
import { auditsMethods } from './methods/audits';
import { certificationsMethods } from './methods/certifications';
import { nonconformitiesMethods } from './methods/nonconformities';
import { actionsMethods } from './methods/actions';
import { complaintsMethods } from './methods/complaints';
import { suggestionsMethods } from './methods/suggestions';
import { indicatorsMethods, objectivesMethods } from './methods/indicators';
import { managementReviewMethods } from './methods/management-review';
import { issuesMethods } from './methods/issues';
import { partiesMethods } from './methods/parties';
import { risksMethods } from './methods/risks';
import { watchMethods } from './methods/watch';
import { documentsMethods } from './methods/documents';
import { filesMethods } from './methods/files';
import { historyMethods } from './methods/history';
import { identityMethods } from './methods/identity';
import { firstStepsMethods } from './methods/first-steps';
import { exampleMethods } from './methods/example';
import { importMethods } from './methods/import';
import { searchMethods } from './methods/search';
import { peopleMethods } from './methods/people';
import { processesMethods } from './methods/processes';
import { packMethods } from './methods/pack';
import { referentialsMethods } from './methods/referentials';
import { competencesMethods } from './methods/competences';
import { providersMethods } from './methods/providers';
import { surveysMethods } from './methods/surveys';
import { readinessMethods } from './methods/readiness';
import { undoMethods } from './methods/undo';
import { groupMethods } from './methods/group';
import { groupRequestsMethods } from './methods/group-requests';

/**
 * Every method the UI may call: name → input schema, output schema, and whether it writes.
 * Each domain lists its methods in `methods/<domain>.ts`. The preload, the IPC gate, the HTTP
 * routes, the renderer client and the tests derive from this table.
 */
export const contract = {
  ...appMethods,
  ...organisationMethods,
  ...identityMethods,
  ...firstStepsMethods,
  ...exampleMethods,
  ...importMethods,
  ...datafileMethods,
  ...backupsMethods,
  ...peopleMethods,
  ...processesMethods,
  ...documentsMethods,
  ...historyMethods,
  ...searchMethods,
  ...agendaMethods,
  ...certificationsMethods,
  ...auditsMethods,
  ...nonconformitiesMethods,
  ...actionsMethods,
  ...complaintsMethods,
  ...suggestionsMethods,
  ...indicatorsMethods,
  ...objectivesMethods,
  ...managementReviewMethods,
  ...competencesMethods,
  ...readinessMethods,
  ...providersMethods,
  ...surveysMethods,
  ...undoMethods,
  ...issuesMethods,
  ...partiesMethods,
  ...risksMethods,
  ...watchMethods,
  ...filesMethods,
  ...referentialsMethods,
  ...packMethods,
  ...groupMethods,
  ...groupRequestsMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
