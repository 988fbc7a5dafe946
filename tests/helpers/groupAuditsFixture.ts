import type { Api } from '../../electron/backend/api';
import type { Audit } from '../../shared/schemas/audits';
import type { Certification } from '../../shared/schemas/certifications';
import type { Group } from '../../shared/schemas/group';
import { expectOk } from './backend';

export const groupCertification = (overrides: Record<string, unknown> = {}) => ({
  scheme: 'Cèdre ISO 9001',
  referentialId: null,
  body: 'AFNOR Certification',
  certificateNumber: 'CED-GRP-2026-007',
  decisionDate: '2026-03-15',
  expiryDate: '2029-03-14',
  status: 'certifie',
  isGroup: true,
  groupName: 'GES Val de Sèvre',
  centralFunction: 'Association Val de Sèvre Insertion',
  otherMembers: null,
  ...overrides,
});

export const bodyAudit = (overrides: Record<string, unknown> = {}) => ({
  type: 'etape_2',
  certificationId: null,
  title: null,
  startDate: '2026-03-02',
  endDate: '2026-03-03',
  status: 'realise',
  leadAuditor: { personId: null, externalName: 'M. Lefèvre (AFNOR)' },
  auditors: [],
  auditeeIds: [],
  processIds: [],
  requirementIds: [],
  notes: null,
  ...overrides,
});

export type GroupCycle = {
  certification: Certification;
  /** The stage 2 audit held on 2 and 3 March 2026, before the decision. */
  initial: Audit;
  /** The first surveillance, planned on 10 December 2026 (after the pinned 26 November 2026). */
  surveillance: Audit;
  members: Group['members'];
};

/**
 * A group file's cycle typed through the API: the group certification (decided 15 March 2026),
 * its stage 2 audit held and its first surveillance planned, and the members named (joined on
 * 1 January 2026 unless said), each with a made-up key fingerprint: sampling needs no snapshot.
 */
export const makeGroupCycle = async (api: Api, names: readonly (string | [string, string])[]): Promise<GroupCycle> => {
  const certification = await expectOk<Certification>(api, 'certifications.create', groupCertification());
  const initial = await expectOk<Audit>(api, 'audits.create', bodyAudit({ certificationId: certification.id }));
  const surveillance = await expectOk<Audit>(
    api,
    'audits.create',
    bodyAudit({
      certificationId: certification.id,
      type: 'surveillance',
      startDate: '2026-12-10',
      endDate: '2026-12-10',
      status: 'planifie',
    }),
  );
  let group: Group | undefined;
  for (const [index, entry] of names.entries()) {
    const [name, joinedOn] = typeof entry === 'string' ? [entry, '2026-01-01'] : entry;
    group = await expectOk<Group>(api, 'group.addMember', {
      name,
      fingerprint: (index + 10).toString(16).padStart(2, '0').repeat(32),
      joinedOn,
    });
  }
  return { certification, initial, surveillance, members: group?.members ?? [] };
};
