import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPreferences } from '../electron/backend/prefs';
import { measurePack, ms, startServer, stopServer, type Line } from './bench-server';
import { largeFile } from './large-file';

/**
 * `npm run bench -- --quadruple`: the file of ten years four times over (4.4 Go, 20,000 documents,
 * 12,000 NCs, 48,000 actions, 2,000 files). The pack with every section must complete within the
 * worker's fixed heap; its time and the server's peak memory are printed. Not part of the default
 * run: building the file takes several minutes and 4 Go of disk.
 */
export const benchQuadruple = async (): Promise<boolean> => {
  const dbPath = await largeFile(4);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-bench-x4-'));
  const lines: Line[] = [];
  const line = (name: string, value: string, budget: string, ok: boolean) => lines.push({ name, value, budget, ok });
  try {
    const preferencesFolder = path.join(scratch, 'réglages');
    createPreferences(preferencesFolder).setBackupFolder(dbPath, path.join(scratch, 'Sauvegardes'));
    const server = await startServer(dbPath, preferencesFolder, scratch);
    line('ouverture à froid', ms(server.openedMs), '1000 ms', server.openedMs <= 1000);
    try {
      await measurePack(server, line, null);
    } catch (error) {
      line('dossier de preuves, toutes les sections', `échec : ${String(error).slice(0, 80)}`, 'terminé', false);
    }
    await stopServer(server);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  console.log('\nLe même fichier en quatre fois plus grand, par HTTP (chiffres indicatifs : machine partagée)');
  for (const entry of lines) {
    console.log(`${entry.name.padEnd(78)} ${entry.value.padStart(34)}  ${entry.budget.padStart(18)}  ${entry.ok ? 'ok' : 'DÉPASSÉ'}`);
  }
  return lines.every((entry) => entry.ok);
};
