import { isExternalAudit } from '../../../shared/domain/audits';
import { auditReportFileName } from '../../../shared/domain/pack';
import { ServiceError } from '../errors';
import type { Handlers, MethodsOf } from '../handlers';

export const auditsHandlers: Handlers<MethodsOf<'audits'>> = {
  'audits.list': (input, session) => session.services().audits.list(input),
  'audits.get': (input, session) => session.services().audits.get(input.id),
  'audits.create': (input, session) => session.services().audits.create(input),
  'audits.update': (input, session) => session.services().audits.update(input),
  'audits.saveReport': (input, session) => session.services().audits.saveReport(input),
  'audits.cancel': (input, session) => session.services().audits.cancel(input),
  'audits.delete': (input, session) =>
    session.services().audits.remove(input, (auditId) => session.services().files.list({ entity: 'audit', id: auditId }).length),
  'audits.programme': (input, session) => session.services().audits.programme(input.certificationId),
  'audits.checklist': (input, session) => session.services().checklist.list(input.auditId),
  'audits.addChecklistItem': (input, session) => session.services().checklist.add(input),
  'audits.updateChecklistItem': (input, session) => session.services().checklist.update(input),
  'audits.removeChecklistItem': (input, session) => session.services().checklist.remove(input.id),
  'audits.copyChecklist': (input, session) => session.services().checklist.copy(input),
  'audits.moveChecklistItem': (input, session) => session.services().checklist.move(input),
  'audits.grades': (input, session) => session.services().findings.grades(input.auditId),
  'audits.gradeScale': (input, session) => session.services().grades.scale(input.referentialId),
  'audits.setGradeScale': (input, session) => session.services().grades.setScale(input),
  'audits.resetGradeScale': (input, session) => session.services().grades.resetScale(input.referentialId),
  'audits.findings': (input, session) => session.services().findings.list(input.auditId),
  'audits.addFinding': (input, session) => session.services().findings.add(input),
  'audits.updateFinding': (input, session) => session.services().findings.update(input),
  'audits.responseRule': (input, session) => session.services().findings.responseRule(input.auditId),
  'audits.structureRule': (_input, session) => session.services().structureRule.get(),
  'audits.setStructureRule': (input, session) => session.services().structureRule.set(input),
  'audits.startReport': (input, session) => {
    const audit = session.services().audits.get(input.auditId);
    if (audit.status === 'annule')
      throw new ServiceError('conflict', `L’audit ${audit.reference} est annulé : il n’a pas de rapport à imprimer.`);
    return session.pack.start(
      session.filePath(),
      { kind: 'auditReport', auditId: audit.id },
      auditReportFileName(audit.reference, isExternalAudit(audit.type)),
      input.targetId,
    );
  },
};
