// Captures the screenshots used by README and docs/ in browser mode: a new file, then the app's own example.
// Usage: npm run build && node scripts/screenshots.mjs
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'docs', 'images');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-shots-'));

const server = spawn(
  process.execPath,
  [
    'dist/node/browser.cjs',
    '--db',
    path.join(dir, 'Sève.sqlite'),
    '--no-open',
    '--config-dir',
    path.join(dir, 'poste'),
    '--examples-dir',
    path.join(dir, 'Exemples'),
  ],
  { cwd: root },
);
const url = await new Promise((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk) => {
    output += chunk;
    const line = output.split('\n').find((candidate) => candidate.startsWith('http://127.0.0.1:'));
    if (line) resolve(new URL(line.trim()));
  });
  server.once('exit', () => reject(new Error(output)));
});

const call = async (method, input) => {
  const response = await fetch(`${url.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${url.searchParams.get('t')}` },
    body: JSON.stringify(input),
  });
  const result = await response.json();
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
};

fs.mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'fr-FR' });
// A new file first: « Qui êtes-vous ? » and « Premiers pas ».
await page.goto(url.href);
await page.getByRole('region', { name: 'Premiers pas' }).waitFor();
await page.screenshot({ path: path.join(outDir, 'first-steps.png') });

// Then the example the app offers (the same generator as « Découvrir Sève avec un exemple » and the tests),
// seen by its quality lead.
await call('example.create', { open: true });
const amelie = (await call('people.list', {})).find((person) => person.name === 'Amélie Durand');
await call('identity.choose', { personId: amelie.id });
const audit = (await call('audits.list', {})).find((candidate) => candidate.type === 'surveillance' && candidate.status === 'rapport_recu');
const nc = (await call('nonconformities.list', {})).find((candidate) => candidate.source === 'audit');
await page.goto(`${url.href}#/documents`);
await page.getByRole('row', { name: /Politique qualité/ }).waitFor();
await page.screenshot({ path: path.join(outDir, 'documents.png') });
await page.getByRole('link', { name: 'Traitement des réclamations' }).click();
await page.getByRole('heading', { name: /Historique/ }).waitFor();
await page.screenshot({ path: path.join(outDir, 'document.png'), fullPage: true });
await page.getByRole('link', { name: 'Processus' }).click();
await page.getByText('Pilote : Paul Girard').waitFor();
await page.screenshot({ path: path.join(outDir, 'processes.png') });
await page.getByRole('link', { name: 'Certifications' }).click();
await page.getByRole('link', { name: 'Cèdre ISO 9001' }).click();
await page.getByRole('img', { name: /Frise du cycle/ }).waitFor();
await page.locator('figure.cycle').screenshot({ path: path.join(outDir, 'certification.png') });
await page.getByRole('link', { name: 'Audits', exact: true }).click();
await page.getByRole('link', { name: audit.reference }).first().click();
await page.getByRole('img', { name: /Constats par cotation/ }).waitFor();
await page.locator('section[aria-labelledby="audit-findings"]').screenshot({ path: path.join(outDir, 'audit.png') });
await page.getByRole('link', { name: 'Non-conformités' }).click();
await page.getByRole('link', { name: nc.reference }).click();
await page.getByRole('heading', { name: 'Historique' }).waitFor();
await page.screenshot({ path: path.join(outDir, 'nonconformity.png'), fullPage: true });
await page.getByRole('link', { name: 'Plan d’actions' }).click();
await page.getByRole('region', { name: 'Actions du plan' }).waitFor();
await page.screenshot({ path: path.join(outDir, 'action-plan.png') });
await page.getByRole('link', { name: 'Indicateurs', exact: true }).click();
await page.getByRole('region', { name: 'Tableau de bord des indicateurs' }).waitFor();
await page.screenshot({ path: path.join(outDir, 'indicators.png') });
await page.getByRole('link', { name: 'Taux de sorties dynamiques' }).click();
await page.getByTestId('indicator-chart').waitFor();
await page.getByTestId('indicator-chart').screenshot({ path: path.join(outDir, 'indicator-chart.png') });
await page.getByRole('link', { name: 'Revue de direction' }).click();
await page.getByRole('region', { name: 'Revues de direction' }).getByRole('link').first().click();
await page.getByTestId('decisions').waitFor();
await page.screenshot({ path: path.join(outDir, 'management-review.png'), fullPage: true });
await page.getByRole('link', { name: 'Réclamations', exact: true }).click();
await page.getByRole('region', { name: 'Registre des réclamations' }).waitFor();
await page.screenshot({ path: path.join(outDir, 'complaints.png') });
await page.getByRole('link', { name: 'Améliorations', exact: true }).click();
await page.getByRole('region', { name: 'Fiches d’amélioration', exact: true }).waitFor();
await page.screenshot({ path: path.join(outDir, 'suggestions.png') });
// The risks and opportunities: their maps as they stand, then the register.
await page.getByRole('link', { name: 'Risques', exact: true }).click();
await page.getByTestId('carte-risques').waitFor();
await page.locator('main').screenshot({ path: path.join(outDir, 'risks.png') });
// Last, the home screen: every due date the file now holds, grouped by urgency.
await page.getByRole('link', { name: 'À faire', exact: true }).click();
await page.getByRole('heading', { level: 1, name: 'À faire' }).waitFor();
await page.locator('.agenda__group').first().waitFor();
await page.screenshot({ path: path.join(outDir, 'agenda.png') });
await browser.close();
server.kill('SIGTERM');
fs.rmSync(dir, { recursive: true, force: true });
console.log(`Screenshots written to ${path.relative(root, outDir)}/`);
