import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/chromium';

export type ScreenLine = { name: string; ms: number };

/** Every screen of the menu, as it names them (their routes), and a record of each main kind. */
const screens: [string, string][] = [
  ['documents', 'documents'],
  ['plan-actions', 'plan d’actions'],
  ['non-conformites', 'non-conformités'],
  ['audits', 'audits'],
  ['audits/programme', 'programme d’audit'],
  ['reclamations', 'réclamations'],
  ['indicateurs', 'indicateurs'],
  ['revues-de-direction', 'revues de direction'],
  ['risques', 'risques et opportunités'],
  ['pret-pour-l-audit', 'Prêt pour l’audit ?'],
  ['ameliorations', 'fiches d’amélioration'],
  ['objectifs', 'objectifs qualité'],
  ['processus', 'processus'],
  ['referentiels', 'référentiels'],
  ['certifications', 'certifications'],
  ['contexte', 'contexte (enjeux)'],
  ['parties-interessees', 'parties intéressées'],
  ['veille', 'veille'],
  ['competences', 'compétences'],
  ['formations', 'formations'],
  ['prestataires', 'prestataires'],
  ['enquetes', 'enquêtes de satisfaction'],
  ['annuaire', 'annuaire'],
  ['dossier-de-preuves', 'dossier de preuves (assistant)'],
  ['structure', 'structure'],
  ['fichier', 'fichier et sauvegardes'],
  ['aide', 'aide'],
  // A record of each kind the registers open, the first of the file.
  ['documents/1', 'une fiche document'],
  ['audits/1', 'un audit'],
  ['non-conformites/1', 'une non-conformité'],
  ['actions/1', 'une action'],
  ['indicateurs/1', 'un indicateur'],
  ['risques/1', 'un risque'],
  ['revues-de-direction/1', 'une revue de direction'],
  ['a-faire', 'À faire (en revenant)'],
];

/** Browser mode (`dist/node/browser.cjs`, built by `npm run build`) on the file, its settings in `configDir`. */
const startBrowserMode = (dbPath: string, configDir: string): Promise<{ url: string; stop: () => void }> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['dist/node/browser.cjs', '--db', dbPath, '--no-open', '--config-dir', configDir, '--today', '2026-11-26'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.once('exit', (code) => reject(new Error(`le mode navigateur s’est arrêté (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((candidate) => candidate.startsWith('http://127.0.0.1:'));
      if (!line) return;
      child.removeAllListeners('exit');
      resolve({ url: line.trim(), stop: () => child.kill('SIGTERM') });
    });
  });

/**
 * Until the screen is usable: another page's heading in the main area (React replaced the page)
 * and nothing there still loading.
 */
const screenReady = (page: Page, previousHeading: unknown) =>
  page.waitForFunction(
    (previous) => {
      const main = document.querySelector('main');
      const heading = main?.querySelector('h1');
      return heading !== null && heading !== undefined && heading !== previous && main?.querySelector('[aria-busy="true"]') === null;
    },
    previousHeading,
    { timeout: 60_000, polling: 'raf' },
  );

/**
 * Each screen of the list opened in Chromium against browser mode on the ten-year file: the first
 * load of the app (the home screen), then every other one by the menu's route, each timed from the
 * navigation until its heading is there and nothing is loading.
 */
export const benchScreens = async (dbPath: string, configDir: string): Promise<ScreenLine[]> => {
  if (!fs.existsSync(path.join('dist', 'node', 'browser.cjs'))) throw new Error('construisez d’abord Sève (npm run build)');
  const server = await startBrowserMode(dbPath, configDir);
  const browser = await launchChromium();
  const lines: ScreenLine[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const start = performance.now();
    await page.goto(server.url);
    await screenReady(page, null);
    lines.push({ name: 'premier affichage (À faire, application chargée)', ms: performance.now() - start });
    for (const [route, name] of screens) {
      const previous = await page.evaluateHandle(() => document.querySelector('main h1'));
      const opened = performance.now();
      await page.evaluate((hash) => (window.location.hash = hash), `#/${route}`);
      await screenReady(page, previous);
      lines.push({ name, ms: performance.now() - opened });
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return lines;
};
