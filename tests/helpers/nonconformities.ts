import type { Api } from '../../electron/backend/api';
import type { Audit, Finding, FindingGrade } from '../../shared/schemas/audits';
import { expectOk } from './backend';

/** An audit of the certification body (étape 2) with one finding graded `code`: an NC grade opens a nonconformity. */
export const auditWithFinding = async (
  api: Api,
  options: { code?: string; startDate?: string; endDate?: string; description?: string } = {},
): Promise<{ audit: Audit; finding: Finding }> => {
  const audit = await expectOk<Audit>(api, 'audits.create', {
    type: 'etape_2',
    certificationId: null,
    title: null,
    startDate: options.startDate ?? '2026-09-01',
    endDate: options.endDate ?? '2026-09-02',
    status: 'realise',
    leadAuditor: { personId: null, externalName: 'M. Lefèvre (AFNOR)' },
    auditors: [],
    auditeeIds: [],
    processIds: [],
    requirementIds: [],
    notes: null,
  });
  const grades = await expectOk<FindingGrade[]>(api, 'audits.grades', { auditId: audit.id });
  const finding = await expectOk<Finding>(api, 'audits.addFinding', {
    auditId: audit.id,
    fields: {
      gradeId: grades.find((grade) => grade.code === (options.code ?? 'nc_mineure'))?.id,
      requirementId: null,
      processId: null,
      description: options.description ?? 'Les réclamations ne sont pas analysées.',
      evidence: null,
      responseDue: null,
      status: 'a_traiter',
    },
  });
  return { audit, finding };
};

/** The fields of an action, with what a test cares about overridden (opened after the audit of `auditWithFinding`). */
export const actionFields = (ownerId: number, overrides: Record<string, unknown> = {}) => ({
  openedOn: '2026-09-10',
  type: 'corrective',
  description: 'Désigner un référent réclamations.',
  ownerId,
  processId: null,
  dueDate: '2026-10-15',
  evidenceNotes: null,
  ...overrides,
});

/** The fields of an action decided by a fiche's triage: opened on the triage's day, so without a date of its own. */
export const triageActionFields = (ownerId: number, overrides: Record<string, unknown> = {}) => {
  const { openedOn: _opened, ...fields } = actionFields(ownerId, overrides);
  return fields;
};
