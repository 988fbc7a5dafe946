// Seeds a realistic file in browser mode and captures the screenshots used by README and docs/.
// Usage: npm run build && node scripts/screenshots.mjs
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'docs', 'images');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-shots-'));

const isoDaysFromToday = (days) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

const server = spawn(process.execPath, ['dist/node/browser.cjs', '--db', path.join(dir, 'Sève.sqlite'), '--no-open'], { cwd: root });
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

await call('organisation.update', { name: 'AI du Val de Sèvre', indiceScheme: 'numeric' });
const person = async (name, jobTitle) => (await call('people.create', { name, jobTitle })).id;
const amelie = await person('Amélie Durand', 'Responsable qualité');
const karim = await person('Karim Benali', 'Directeur');
const nadia = await person('Nadia Haddad', 'Conseillère en insertion professionnelle');
const paul = await person('Paul Girard', 'Encadrant technique');
const process_ = async (name, kind, pilotId) => (await call('processes.create', { name, kind, pilotId })).id;
const pilotage = await process_('Pilotage et amélioration continue', 'pilotage', karim);
const accueil = await process_('Accueil et recrutement', 'realisation', nadia);
const missions = await process_('Mise à disposition et suivi des missions', 'realisation', paul);
await process_('Accompagnement socioprofessionnel', 'realisation', nadia);
const clients = await process_('Relation clients et réclamations', 'realisation', amelie);
await process_('Ressources humaines permanentes', 'support', karim);

const doc = (title, type, processId, ownerId, reviewPeriodMonths, effectiveDate) =>
  call('documents.create', {
    title,
    type,
    processId,
    ownerId,
    reviewPeriodMonths,
    initialStatus: effectiveDate ? 'en_vigueur' : 'brouillon',
    effectiveDate,
    approvedById: effectiveDate ? karim : null,
    approvedOn: effectiveDate,
  });
await doc('Politique qualité', 'politique', pilotage, karim, 12, isoDaysFromToday(-350));
await doc('Manuel qualité', 'manuel', pilotage, amelie, 24, isoDaysFromToday(-200));
await doc('Accueil des salariés en insertion — œuvre commune', 'procedure', accueil, nadia, 12, isoDaysFromToday(-100));
const reclamations = await doc('Traitement des réclamations', 'procedure', clients, amelie, 24, isoDaysFromToday(-760));
await doc('Mise à disposition : commande, contrat et suivi', 'mode_operatoire', missions, paul, 24, isoDaysFromToday(-300));
await doc('Fiche navette entreprise utilisatrice', 'formulaire', missions, paul, 36, isoDaysFromToday(-40));
await doc('Registre des réclamations', 'enregistrement', clients, amelie, 12, isoDaysFromToday(-370));
await doc('Bilan d’étape du contrat d’engagement réciproque', 'formulaire', accueil, nadia, 24, null);

// The complaints procedure: reviewed "à réviser", its version 2 written and awaiting approval, read by two people.
const [inForce] = await call('documents.versions', { documentId: reclamations.id });
await call('documents.recordReads', { versionId: inForce.id, personIds: [amelie, nadia], readOn: isoDaysFromToday(-700) });
await call('documents.recordReview', {
  documentId: reclamations.id,
  fields: {
    reviewDate: isoDaysFromToday(-3),
    reviewerId: amelie,
    outcome: 'a_reviser',
    comment: 'Intégrer le délai de réponse de 15 jours.',
  },
});
const [draft] = await call('documents.versions', { documentId: reclamations.id });
const written = await call('documents.updateVersion', {
  id: draft.id,
  revision: draft.revision,
  fields: {
    changeSummary: 'Délai de réponse de 15 jours ; analyse de la cause de chaque réclamation.',
    writtenById: amelie,
    writtenOn: isoDaysFromToday(-1),
    checkedById: nadia,
    checkedOn: isoDaysFromToday(0),
    effectiveDate: null,
  },
});
await call('documents.submitVersion', { id: written.id, revision: written.revision });

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
await page.goto(url.href);
await page.getByRole('row', { name: /Politique qualité/ }).waitFor();
await page.screenshot({ path: path.join(outDir, 'documents.png') });
await page.getByRole('link', { name: 'Traitement des réclamations' }).click();
await page.getByRole('heading', { name: /Historique/ }).waitFor();
await page.screenshot({ path: path.join(outDir, 'document.png'), fullPage: true });
await page.getByRole('link', { name: 'Processus' }).click();
await page.getByText('Pilote : Paul Girard').waitFor();
await page.screenshot({ path: path.join(outDir, 'processes.png') });
await browser.close();
server.kill('SIGTERM');
fs.rmSync(dir, { recursive: true, force: true });
console.log(`Screenshots written to ${path.relative(root, outDir)}/`);
