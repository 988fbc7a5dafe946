import path from 'node:path';
import type { BackupKind } from '../../../shared/domain/backups';

/** Default folder of a data file's backups: `Sauvegardes` beside it. */
export const defaultBackupFolder = (dataFile: string): string => path.join(path.dirname(dataFile), 'Sauvegardes');

const stamp = (instant: Date): string => instant.toISOString().replace(/[:.]/g, '-');

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;

const fromStamp = (value: string): Date | null => {
  const match = STAMP.exec(value);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis] = match;
  const date = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
};

/**
 * `<name>.<kind>.<UTC instant>[-<n>].sqlite`: the data file's name first, so the backups of
 * several files can share a folder, and a person can tell them apart without Sève.
 * A pre-migration copy names the schema it saved (`avant-migration-v3`).
 */
export const backupFileName = (
  dataFile: string,
  kind: BackupKind,
  at: Date,
  options: { fromVersion?: number; n?: number } = {},
): string => {
  const label = kind === 'avant-migration' ? `avant-migration-v${options.fromVersion ?? 0}` : kind;
  const suffix = options.n !== undefined && options.n > 1 ? `-${options.n}` : '';
  return `${path.parse(dataFile).name}.${label}.${stamp(at)}${suffix}.sqlite`;
};

export type ParsedBackupName = { kind: BackupKind; createdAt: Date; fromVersion: number | null };

/** Reads a file name written by `backupFileName` for this data file; null for anything else. */
export const parseBackupFileName = (dataFile: string, fileName: string): ParsedBackupName | null => {
  const prefix = `${path.parse(dataFile).name}.`;
  if (!fileName.startsWith(prefix) || !fileName.endsWith('.sqlite')) return null;
  const match =
    /^(ouverture|auto|manuelle|avant-restauration|avant-migration-v(\d{1,4}))\.(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d{1,4}))?\.sqlite$/.exec(
      fileName.slice(prefix.length),
    );
  if (!match) return null;
  const createdAt = fromStamp(match[3] ?? '');
  if (createdAt === null) return null;
  const migration = match[2];
  return migration !== undefined
    ? { kind: 'avant-migration', createdAt, fromVersion: Number(migration) }
    : { kind: match[1] as BackupKind, createdAt, fromVersion: null };
};

/** Temporary name of a copy being written; a name the list never shows, removed if the copy fails. */
export const partialPrefix = (dataFile: string): string => `.partiel-${path.parse(dataFile).name}-`;
