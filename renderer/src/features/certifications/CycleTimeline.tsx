import type { CalendarDate } from '../../../../shared/domain/dates';
import type { CyclePlan, CycleProposal } from '../../../../shared/schemas/audits';
import { todayOnThisComputer } from '../../app/today';
import { CycleDrawing } from './CycleDrawing';
import { CycleFacts } from './CycleFacts';
import { CycleLegend } from './CycleLegend';
import { layoutTimeline, type TimelineAudit } from './timeline';

type CycleTimelineProps = {
  decision: CalendarDate;
  expiry: CalendarDate;
  proposals: readonly CycleProposal[];
  /** After an expiry without renewal: until when the body may restore the certificate. */
  restoration?: CyclePlan['restoration'];
  audits: readonly TimelineAudit[];
};

const WIDTH = 960;

/**
 * The certification cycle as a picture (decision, audits with their windows, renewal alert, expiry,
 * today), drawn on a d3 time scale; shapes and words carry the meaning, and a table gives the same
 * facts to whoever does not see the picture.
 */
export const CycleTimeline = ({ decision, expiry, proposals, restoration = null, audits }: CycleTimelineProps) => {
  const today = todayOnThisComputer();
  const layout = layoutTimeline({ decision, expiry, today, proposals, audits, width: WIDTH });
  return (
    <figure className="cycle">
      <CycleDrawing layout={layout} decision={decision} expiry={expiry} />
      <CycleLegend />
      <CycleFacts layout={layout} decision={decision} expiry={expiry} today={today} restoration={restoration} />
    </figure>
  );
};
