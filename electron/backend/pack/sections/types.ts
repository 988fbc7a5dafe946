import type Database from 'better-sqlite3';
import type { PackScope, PackSectionId } from '../../../../shared/domain/pack';
import type { Builder } from '../pdf/builder';
import type { Cell } from '../pdf/table';

/** A requirement of the pack's referential, as the coverage matrix and the scope need it. */
export type ScopeRequirement = {
  id: number;
  number: string;
  title: string;
  parentId: number | null;
  applicable: boolean;
  justification: string | null;
};

/** What every section reads from: the worker's read-only connection and the resolved scope. */
export type PackContext = {
  db: Database.Database;
  /** The date the pack speaks for (YYYY-MM-DD): reviews are late or on time against it. */
  date: string;
  /** The audit the pack is prepared for (chosen in the wizard), if any. */
  auditId: number | null;
  referential: { id: number; name: string; edition: string } | null;
  scope: PackScope;
  /** "Tout le système", "Processus : Accueil, Recrutement"… */
  scopeLabel: string;
  /** Documents in force within the scope, in register order. */
  documentIds: number[];
  /** Requirements of the referential within the scope, in natural order. */
  requirements: ScopeRequirement[];
};

/** The state of one evidence file once the drawing pass has tried to embed it. */
export type AttachState = 'joint' | 'manquant' | 'altere';

/** What a section may ask of the generator while it draws. */
export type RenderEnv = {
  /** Embeds a stored file after checking its SHA-256; the measuring pass answers without reading it. */
  attach: (file: {
    attachmentId: number;
    sha256: string;
    fileName: string;
    mediaType: string;
    addedAt: string;
    description: string;
  }) => AttachState;
  /** Lets the output stream drain and honours a cancellation; call between heavy steps. */
  pause: () => Promise<void>;
};

/**
 * One section of the pack: it reads its data once (`collect`, prepared statements on the
 * worker's read-only connection) and draws it twice (`render`, once measuring, once for real).
 * A later domain adds its section by writing one of these and listing it in `registry.ts`.
 */
export type PackSection<T> = {
  id: PackSectionId;
  title: string;
  collect: (ctx: PackContext) => T;
  render: (b: Builder, data: T, env: RenderEnv) => void | Promise<void>;
};

/** One stored file the pack embeds, and the record it belongs to. */
export type EvidenceRow = {
  attachmentId: number;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  addedAt: string;
  /** "PR-001 indice 3 — Accueil des salariés en insertion". */
  record: string;
};

/**
 * Columns a later module adds to the matrix (last audit result, open nonconformities…): a header,
 * a share of the width, and the cell for each requirement from what its own `collect` read.
 */
export type CoverageColumn = { header: string; share: number; collect: (ctx: PackContext) => (requirementId: number) => Cell };

/** A record that evidences a requirement through its link (a training for §7.2, a provider for §8.4…), as the coverage names it. */
export type RecordEvidence = { requirementId: number; label: string };
