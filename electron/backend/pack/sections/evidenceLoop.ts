import type { ActionSource } from '../../../../shared/domain/actions';
import { shortDate } from '../pdf/typography';
import { actionOrigin } from './actionPlan';
import type { EvidenceRow } from './types';
import { ACTION_JOINS, IN_ACTION_PLAN, loopScope, type LoopScope } from './loopScope';
import type { PackContext } from './types';

type FileColumns = Omit<EvidenceRow, 'record'>;
type ActionFile = FileColumns & {
  reference: string;
  source: ActionSource;
  ncReference: string | null;
  auditReference: string | null;
  ficheReference: string | null;
  riskReference: string | null;
  watchReference: string | null;
  originNote: string | null;
};
type CheckFile = FileColumns & { plannedOn: string; ncReference: string };

const FILE = `a.id AS attachmentId, a.file_name AS fileName, a.media_type AS mediaType, a.size, a.blob_sha256 AS sha256, a.added_at AS addedAt`;

/**
 * Evidence of the improvement loop: the files of the actions the pack prints (those of its
 * nonconformities, and its action plan's) and of its nonconformities' effectiveness checks, each
 * named with the record it belongs to: "Action ACT-2026-004 (NC-2026-002)".
 */
export const loopEvidence = (ctx: PackContext): EvidenceRow[] => {
  const scope = loopScope(ctx);
  const actions = ctx.db
    .prepare<LoopScope['params'], ActionFile>(
      `SELECT ${FILE}, x.reference, x.source, n.reference AS ncReference, au.reference AS auditReference, s.reference AS ficheReference,
         rk.reference AS riskReference, wi.reference AS watchReference, x.origin_note AS originNote
       FROM attachments a JOIN actions x ON a.owner_entity = 'action' AND x.id = a.owner_id
       ${ACTION_JOINS}
       LEFT JOIN audits au ON au.id = f.audit_id
       WHERE a.removed_at IS NULL
         AND ((x.nonconformity_id IS NOT NULL AND n.detected_on <= @date AND ${scope.nonconformity}) OR (${IN_ACTION_PLAN} AND ${scope.action}))
       ORDER BY x.reference, a.file_name COLLATE NOCASE, a.id`,
    )
    .all(scope.params);
  const checks = ctx.db
    .prepare<LoopScope['params'], CheckFile>(
      `SELECT ${FILE}, e.planned_on AS plannedOn, n.reference AS ncReference
       FROM attachments a JOIN effectiveness_checks e ON a.owner_entity = 'effectiveness_check' AND e.id = a.owner_id
       JOIN nonconformities n ON n.id = e.nonconformity_id
       WHERE a.removed_at IS NULL AND n.detected_on <= @date AND ${scope.nonconformity}
       ORDER BY n.reference, e.id, a.file_name COLLATE NOCASE, a.id`,
    )
    .all(scope.params);
  const file = ({ attachmentId, fileName, mediaType, size, sha256, addedAt }: FileColumns) => ({
    attachmentId,
    fileName,
    mediaType,
    size,
    sha256,
    addedAt,
  });
  return [
    ...actions.map((row) => {
      const references: Partial<Record<ActionSource, string | null>> = {
        nonconformite: row.ncReference,
        constat: row.auditReference,
        fiche: row.ficheReference,
        risque: row.riskReference,
        veille: row.watchReference,
      };
      const origin = actionOrigin({ source: row.source, originReference: references[row.source] ?? null, originNote: row.originNote });
      return { ...file(row), record: `Action ${row.reference} (${origin})` };
    }),
    ...checks.map((row) => ({
      ...file(row),
      record: `Vérification de l’efficacité prévue le ${shortDate(row.plannedOn)} (${row.ncReference})`,
    })),
  ];
};
