import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from 'react-aria-components';
import { Link } from 'react-router';
import type { CycleSlot } from '../../../../shared/domain/certification';
import type { Audit, CyclePlan } from '../../../../shared/schemas/audits';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useAcceptPlan } from './hooks';

type CyclePlannerProps = {
  plan: CyclePlan;
  audits: readonly Pick<Audit, 'id' | 'reference'>[];
  onNotice: (message: string) => void;
};

/**
 * The audits the cycle calls for, as the planner proposes them from what was held: each with its
 * target window, a proposed date and when Sève starts warning. The user ticks the ones to plan
 * (a slot whose window already closed starts unticked, and is proposed as soon as possible); each
 * planned audit can then be moved on its own page.
 */
export const CyclePlanner = ({ plan, audits, onNotice }: CyclePlannerProps) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const accept = useAcceptPlan(plan.certificationId);
  // What the user unticked; everything still to plan starts ticked, except a slot whose window closed.
  const [unticked, setUnticked] = useState<ReadonlySet<CycleSlot>>(
    () => new Set(plan.proposals.filter((proposal) => proposal.windowPassed).map((proposal) => proposal.slot)),
  );
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  const open = plan.proposals.filter((proposal) => proposal.plannedAuditId === null);
  const chosen = open.map((proposal) => proposal.slot).filter((slot) => !unticked.has(slot));
  const reference = (id: number) => audits.find((audit) => audit.id === id)?.reference ?? `#${id}`;

  const toggle = (slot: CycleSlot, ticked: boolean) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (ticked) next.delete(slot);
      else next.add(slot);
      return next;
    });

  const submit = async () => {
    try {
      const created = await accept.mutateAsync(chosen);
      setUnticked(new Set());
      onNotice(t('certifications.plan.accepted', { count: created.length }));
    } catch {
      // The message shows above the table (accept.error).
    }
  };

  return (
    <div className="planner">
      <p className="form__help">
        {plan.family === 'qualiopi'
          ? t('certifications.plan.helpQualiopi', { margin: String(plan.renewalMarginMonths) })
          : t('certifications.plan.help', { margin: String(plan.renewalMarginMonths) })}
      </p>
      <FormAlert message={accept.error?.message ?? null} />
      <div className="table-scroller table-scroller--auto" role="region" aria-label={t('certifications.plan.table')} tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('certifications.plan.choose')}</th>
              <th scope="col">{t('certifications.plan.slotColumn')}</th>
              <th scope="col">{t('certifications.plan.window')}</th>
              <th scope="col">{t('certifications.plan.proposedDate')}</th>
              <th scope="col">{t('certifications.plan.alertDate')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.proposals.map((proposal) => {
              const slot = t(`certifications.plan.slot.${proposal.slot}`);
              return (
                <tr key={proposal.slot}>
                  <td>
                    {proposal.plannedAuditId === null ? (
                      <Checkbox
                        className="checkbox checkbox--start"
                        isSelected={!unticked.has(proposal.slot)}
                        onChange={(ticked) => toggle(proposal.slot, ticked)}
                        aria-label={t('certifications.plan.chooseLabel', { slot })}
                      >
                        <span className="checkbox__box" aria-hidden="true" />
                      </Checkbox>
                    ) : (
                      <span className="badge badge--audit-planifie">
                        <span aria-hidden="true">✓ </span>
                        {t(proposal.held ? 'certifications.plan.held' : 'certifications.plan.planned')}
                      </span>
                    )}
                  </td>
                  <th scope="row">
                    {slot}
                    {proposal.plannedAuditId !== null && (
                      <>
                        {' — '}
                        <Link to={`/audits/${proposal.plannedAuditId}`}>
                          {t(proposal.held ? 'certifications.plan.heldLink' : 'certifications.plan.plannedLink', {
                            reference: reference(proposal.plannedAuditId),
                          })}
                        </Link>
                      </>
                    )}
                  </th>
                  <td>
                    {t('certifications.plan.windowRange', { from: date(proposal.windowStart), to: date(proposal.windowEnd) })}
                    {proposal.windowPassed && (
                      <>
                        {' — '}
                        <strong>{t('certifications.plan.windowPassed', { date: date(proposal.windowEnd) })}</strong>
                      </>
                    )}
                  </td>
                  <td className="nowrap">
                    {proposal.plannedAuditId !== null && proposal.auditDate !== null
                      ? date(proposal.auditDate)
                      : proposal.windowPassed
                        ? t('certifications.plan.soonest', { date: date(proposal.proposedDate) })
                        : date(proposal.proposedDate)}
                  </td>
                  <td className="nowrap">{date(proposal.alertDate)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {open.length === 0 ? (
        <p className="count">{t('certifications.plan.allPlanned')}</p>
      ) : (
        <div className="form__actions planner__actions">
          <Button variant="primary" isDisabled={chosen.length === 0 || accept.isPending} onPress={() => void submit()}>
            {accept.isPending ? t('common.saving') : t('certifications.plan.accept')}
          </Button>
        </div>
      )}
    </div>
  );
};
