import type Database from 'better-sqlite3';
import type { PackScope, PackSectionId } from '../../../../shared/domain/pack';
import type { DocumentedInformationKind } from '../../../../shared/domain/referentials';
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
  /** What the standard asks to maintain or retain for it (from the referential's data). */
  documentedInformation: { kind: DocumentedInformationKind; what: string }[];
};

/** What every section reads from: the worker's read-only connection and the resolved scope. */
export type PackContext = {
  db: Database.Database;
  /** The date the pack speaks for (YYYY-MM-DD): reviews are late or on time against it. */
  date: string;
  /** The audit the pack is prepared for (chosen in the wizard), if any. */
  auditId: number | null;
  referential: { id: number; code: string; name: string; edition: string } | null;
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
  /** Embeds a stored file after checking its SHA-256 (read and written in pieces); the measuring pass answers without reading it. */
  attach: (file: {
    attachmentId: number;
    sha256: string;
    fileName: string;
    mediaType: string;
    addedAt: string;
    description: string;
  }) => Promise<AttachState>;
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

/**
 * One thing in the file that answers a requirement, printed by its reference: a document in force
 * (documented information maintained) or a record (documented information retained: an audit, a
 * review, nonconformities, measurements…).
 */
export type CoverageEvidence = { requirementId: number; kind: 'document' | 'record'; label: string };

/**
 * A register's evidence for the coverage matrix: it reads its records once per pack (within the
 * pack's scope, up to its date) and says which requirements each answers. A register adds its own
 * by listing it in `coverageSources` (`sections/coverageSources.ts`).
 */
export type CoverageSource = (ctx: PackContext) => CoverageEvidence[];

/** A part of the context section, its data read: a level-2 heading and what goes under it. */
export type PreparedContextPart = { id: string; title: string; render: (b: Builder) => void };

/**
 * A register that belongs to the structure's context (its scope, its policy, its processes; later
 * its issues, interested parties, risks and regulatory watch) reads its data once and says how it
 * prints; `null` leaves it out. Listed in `contextParts`.
 */
export type ContextPart = (ctx: PackContext) => PreparedContextPart | null;
