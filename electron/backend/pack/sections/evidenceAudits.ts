import { packAudits } from './auditData';
import type { EvidenceRow } from './types';
import type { PackContext } from './types';

/**
 * Files attached to the audits whose report the pack prints (of the cycle and the scope, up to its
 * date): the certification body's report, the internal audit's annexes… Oldest audit first, each
 * listed as "Audit AUD-2026-01".
 */
export const auditEvidence = (ctx: PackContext): EvidenceRow[] => {
  const { audits: scoped, inCycle } = packAudits(ctx);
  const audits = scoped.filter((audit) => inCycle(audit) && audit.startDate <= ctx.date);
  if (audits.length === 0) return [];
  return ctx.db
    .prepare<[string], EvidenceRow>(
      `SELECT f.id AS attachmentId, f.file_name AS fileName, f.media_type AS mediaType, f.size, f.blob_sha256 AS sha256,
         f.added_at AS addedAt, 'Audit ' || a.reference AS record
       FROM attachments f JOIN audits a ON f.owner_entity = 'audit' AND a.id = f.owner_id
       WHERE f.removed_at IS NULL AND a.id IN (SELECT value FROM json_each(?))
       ORDER BY a.start_date, a.reference, f.file_name COLLATE NOCASE, f.id`,
    )
    .all(JSON.stringify(audits.map((audit) => audit.id)));
};
