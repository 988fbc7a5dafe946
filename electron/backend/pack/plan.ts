import type Database from 'better-sqlite3';
import { packSectionIds, type PackScope, type PackSectionId } from '../../../shared/domain/pack';
import { longDate } from './pdf/typography';
import type { Provenance } from './provenance';
import type { PdfPlan } from './render';
import { organisationName, organisationSetting, renderCover } from './sections/cover';
import { coverCertificationRows } from './sections/coverAudit';
import { coverHistoryRows } from './sections/coverHistory';
import { collectEvidence } from './sections/evidence';
import { packSections } from './sections/registry';
import { resolveScope } from './sections/scope';
import { auditActionPlanPlan } from './records/auditActionPlan';
import { auditReportPlan } from './records/auditReport';
import { readSheetPlan } from './records/readSheet';
import { reviewMinutesPlan } from './records/reviewMinutes';
import { readinessPlan } from './records/readinessList';
import { groupPackPlan, type GroupPackRequest } from './records/groupPack';
import type { ReadinessRun } from '../readiness/service';

export type PackRequest = {
  kind: 'pack';
  date: string;
  referentialId: number | null;
  scope: PackScope;
  sections: PackSectionId[];
  auditId?: number | null;
};
export type ReadSheetRequest = { kind: 'readSheet'; documentId: number };
export type ReviewMinutesRequest = { kind: 'reviewMinutes'; reviewId: number };
export type AuditActionPlanRequest = { kind: 'auditActionPlan'; auditId: number };
export type AuditReportRequest = { kind: 'auditReport'; auditId: number };
export type ReadinessRequest = { kind: 'readiness' } & ReadinessRun;
export type PdfRequest =
  PackRequest | ReadSheetRequest | ReviewMinutesRequest | AuditActionPlanRequest | AuditReportRequest | ReadinessRequest | GroupPackRequest;

/** Plans the evidence pack's pages (one snapshot of the file): the scope and the cover now, each section when drawn. */
export const packPlan = (
  db: Database.Database,
  request: PackRequest,
  provenance: Provenance,
  progress: (step: string) => void,
): PdfPlan => {
  progress('Lecture du périmètre');
  const ctx = resolveScope(db, request);
  // First: it refuses a pack for an audit that does not exist or was cancelled.
  const certification = coverCertificationRows(ctx);
  const organisation = organisationName(db);
  const history = coverHistoryRows(db);
  const sections = packSectionIds.filter((id) => request.sections.includes(id)).map((id) => packSections[id]);
  // Nothing of the sections is read here: each reads its rows when it is drawn (`registry.ts`).
  const bodies = sections.map((section) => section.prepare(ctx));
  const referential = ctx.referential && `${ctx.referential.name} (${ctx.referential.edition})`;
  return {
    meta: {
      title: `Dossier de preuves — ${organisation} — ${longDate(request.date)}`,
      subject: `Preuves du système de management de la qualité pour l’audit de certification. Périmètre : ${ctx.scopeLabel}.`,
      author: organisation,
      keywords: ['dossier de preuves', 'audit de certification', 'qualité', referential ?? ''].filter(Boolean).join(', '),
      createdAt: provenance.generatedAt,
    },
    embeds: request.sections.includes('evidence') && collectEvidence(ctx).length > 0,
    frame: { organisation, title: `Dossier de preuves · ${longDate(request.date)}`, packId: provenance.packId },
    cover: (b) =>
      renderCover(b, {
        organisation,
        scopeStatement: organisationSetting(db, 'organisation.scopeStatement'),
        sites: organisationSetting(db, 'organisation.sites'),
        referential,
        date: request.date,
        scopeLabel: ctx.scopeLabel,
        certification,
        history,
        sections: sections.map((section) => section.title),
        generatedAt: provenance.generatedAt,
        producer: provenance.producer,
        packId: provenance.packId,
      }),
    toc: true,
    bodies,
  };
};

/** The plan of any PDF Sève produces. */
export const planPdf = (db: Database.Database, request: PdfRequest, provenance: Provenance, progress: (step: string) => void): PdfPlan =>
  request.kind === 'pack'
    ? packPlan(db, request, provenance, progress)
    : request.kind === 'readSheet'
      ? readSheetPlan(db, request.documentId, provenance)
      : request.kind === 'auditActionPlan'
        ? auditActionPlanPlan(db, request.auditId, provenance)
        : request.kind === 'auditReport'
          ? auditReportPlan(db, request.auditId, provenance)
          : request.kind === 'readiness'
            ? readinessPlan(db, request, provenance)
            : request.kind === 'groupPack'
              ? groupPackPlan(db, request, provenance, (memberDb, memberRequest, memberProvenance) =>
                  packPlan(memberDb, memberRequest, memberProvenance, () => undefined),
                )
              : reviewMinutesPlan(db, request.reviewId, provenance);
