import type { z } from 'zod';
import { planCycle, type CycleAudit } from '../../../shared/domain/certification';
import { cycleWarnings } from '../../../shared/domain/cycle-warnings';
import { toCalendarDate } from '../../../shared/domain/dates';
import type { Audit, CyclePlan, acceptProposalsSchema } from '../../../shared/schemas/audits';
import { ServiceError } from '../errors';
import { creationFields } from '../history/changes';
import type { AuditsContext } from '../audits/context';

type Proposal = CyclePlan['proposals'][number];

/** A certification's 3-year cycle: the audits it calls for, recomputed from those held, and their planning. */
export const createCertificationCycle = (ac: AuditsContext) => {
  const { repos } = ac;

  const cycleAudits = (certificationId: number): CycleAudit[] =>
    repos.audits.list({ certificationId, year: null, includeCancelled: false }).map((audit) => ({
      id: audit.id,
      reference: audit.reference,
      type: audit.type,
      startDate: audit.startDate,
      endDate: audit.endDate,
      status: audit.status,
      cycleSlot: audit.cycleSlot,
    }));

  /** The cycle recomputed from the audits held, with what the rules warn about, as of today. */
  const plan = (id: number): CyclePlan => {
    const certification = ac.mustGetCertification(id);
    const { rules, decisionDate: decision, expiryDate: expiry } = certification;
    const today = toCalendarDate(ac.now());
    const audits = cycleAudits(id);
    const cycle = decision && expiry ? planCycle({ decision, expiry, rules, audits, today }) : null;
    const findings = repos.findings.forCertification(id);
    return {
      certificationId: id,
      family: rules.family,
      renewalMarginMonths: rules.renewalMarginMonths,
      proposals: (cycle?.slots ?? []).map(({ auditId, ...proposal }) => ({ ...proposal, plannedAuditId: auditId })),
      restoration: cycle?.restoration ?? null,
      warnings: cycleWarnings({ decision, expiry, rules, cycle, audits, findings, today }),
    };
  };

  /** Inserts the proposed audit of one slot as "planifié", with its history; call inside the transaction. */
  const planProposal = (certificationId: number, proposal: Proposal, at: string): Audit => {
    const reference = repos.sequences.auditReference(Number(proposal.proposedDate.slice(0, 4)));
    const id = repos.audits.insert(
      reference,
      {
        certificationId,
        type: proposal.type,
        title: null,
        startDate: proposal.proposedDate,
        endDate: proposal.proposedDate,
        reportNotifiedOn: null,
        status: 'planifie',
        leadAuditorId: null,
        leadAuditorExternal: null,
        windowStart: proposal.windowStart,
        windowEnd: proposal.windowEnd,
        cycleSlot: proposal.slot,
        notes: null,
      },
      at,
    );
    ac.record(
      'audit',
      id,
      'create',
      creationFields({
        reference,
        type: proposal.type,
        startDate: proposal.proposedDate,
        windowStart: proposal.windowStart,
        windowEnd: proposal.windowEnd,
        cycleSlot: proposal.slot,
      }),
      at,
    );
    return ac.mustGetAudit(id);
  };

  return {
    /** The cycle's audits with their target windows, which are already held or planned, and its warnings. */
    plan,

    /** The warnings of every certification still running, for "À faire". */
    warnings: () =>
      repos.certifications
        .list()
        .filter((certification) => certification.status !== 'expire')
        .map((certification) => ({ certification, warnings: plan(certification.id).warnings })),

    /** Plans the proposed audits of the chosen slots as "planifié" audits the user can then move. */
    acceptPlan: (input: z.output<typeof acceptProposalsSchema>): Audit[] =>
      ac.db
        .transaction(() => {
          const proposals = plan(input.certificationId).proposals;
          if (proposals.length === 0) {
            throw new ServiceError(
              'invalid_input',
              'Indiquez la date de décision et la date d’échéance du certificat pour planifier son cycle.',
            );
          }
          const at = ac.now().toISOString();
          return input.slots.map((slot) => {
            const proposal = proposals.find((candidate) => candidate.slot === slot);
            if (!proposal) throw new ServiceError('invalid_input', 'Cet audit ne fait pas partie du cycle.');
            if (proposal.plannedAuditId !== null) return ac.mustGetAudit(proposal.plannedAuditId);
            return planProposal(input.certificationId, proposal, at);
          });
        })
        .immediate(),
  };
};
