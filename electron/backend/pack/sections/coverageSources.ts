import { shortDate } from '../pdf/typography';
import { onClauses } from './coverageClauses';
import { auditCoverage } from './coverageAudits';
import { contextCoverage } from './coverageContext';
import { competenceEvidence } from './competences';
import { loopCoverage } from './coverageLoop';
import { performanceCoverage } from './coveragePerformance';
import { providerEvidence } from './providers';
import { IN_SCOPE } from './scope';
import { surveyEvidence } from './surveys';
import type { CoverageEvidence, CoverageSource } from './types';

/** Documents in force of the scope linked to a requirement in the referential's screen. */
const linkedDocuments: CoverageSource = (ctx) =>
  ctx.db
    .prepare<[], CoverageEvidence>(
      `SELECT l.requirement_id AS requirementId, 'document' AS kind, d.reference || ' — ' || d.title AS label
       FROM requirement_links l JOIN documents d ON d.id = l.entity_id AND l.entity = 'document'
       WHERE l.requirement_id IN (SELECT id FROM temp.pack_requirements) AND d.id IN (${IN_SCOPE})
       ORDER BY d.reference`,
    )
    .all();

/** The structure's own documented information kept in Sève: its scope (4.3), its process map (4.4), its policy (5.2). */
const structureRecords: CoverageSource = (ctx) => {
  const setting = ctx.db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
  const processes = ctx.db.prepare<[], number>('SELECT count(*) FROM processes').pluck().get() ?? 0;
  const policyId = Number(setting.get('quality.policyDocumentId'));
  const policy = Number.isInteger(policyId)
    ? ctx.db
        .prepare<[number], { label: string }>(
          `SELECT d.reference || ' — ' || d.title AS label FROM documents d WHERE d.id = ? AND d.status = 'en_vigueur'`,
        )
        .get(policyId)
    : undefined;
  return [
    ...(setting.get('organisation.scopeStatement')
      ? onClauses(ctx, ['4.3'], 'document', 'Domaine d’application (fiche de la structure)')
      : []),
    ...(processes > 0 ? onClauses(ctx, ['4.4', '4.4.1'], 'document', `Cartographie des processus (${processes})`) : []),
    ...(policy ? onClauses(ctx, ['5.2', '5.2.1', '5.2.2'], 'document', policy.label) : []),
  ];
};

/** Document control itself (7.5.3) and read acknowledgements of the versions in force (7.3 awareness). */
const documentControl: CoverageSource = (ctx) => {
  const reads = ctx.db
    .prepare<[string], { count: number; last: string | null }>(
      `SELECT count(*) AS count, max(r.read_on) AS last FROM version_reads r
       JOIN document_versions v ON v.id = r.version_id AND v.status = 'en_vigueur'
       WHERE v.document_id IN (${IN_SCOPE}) AND r.read_on <= ?`,
    )
    .get(ctx.date);
  return [
    ...(ctx.documentIds.length > 0
      ? onClauses(ctx, ['7.5', '7.5.3'], 'document', `Registre des documents en vigueur (${ctx.documentIds.length})`)
      : []),
    ...(reads && reads.count > 0
      ? onClauses(ctx, ['7.3'], 'record', `Émargements des versions en vigueur (${reads.count}, le dernier le ${shortDate(reads.last)})`)
      : []),
  ];
};

/**
 * Everything in the file that answers a requirement. A register (context, interested parties,
 * risks, regulatory watch, competences, providers, satisfaction surveys…) adds its evidence here,
 * in one line: the coverage, its summary and the matrix count it from then on.
 */
export const coverageSources: CoverageSource[] = [
  linkedDocuments,
  structureRecords,
  documentControl,
  auditCoverage,
  performanceCoverage,
  loopCoverage,
  competenceEvidence,
  providerEvidence,
  surveyEvidence,
  contextCoverage,
];
