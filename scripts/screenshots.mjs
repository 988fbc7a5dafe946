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

// The improvement loop: an audit's NC mineure corrected, analysed (5 pourquoi), two actions, its check planned;
// a réclamation answered in 12 days; a fiche d'amélioration to triage; a management review's action.
const audit = await call('audits.create', {
  type: 'surveillance',
  certificationId: null,
  title: 'Surveillance Cèdre ISO 9001',
  startDate: isoDaysFromToday(-41),
  endDate: isoDaysFromToday(-40),
  status: 'rapport_recu',
  leadAuditor: { personId: null, externalName: 'M. Lefèvre (AFNOR)' },
  auditors: [],
  auditeeIds: [amelie, karim],
  processIds: [clients],
  requirementIds: [],
  notes: null,
});
// The certificate and its cycle, decided eight months ago: the planner's three audits planned.
const decided = new Date(isoDaysFromToday(-240));
const expires = new Date(decided);
expires.setUTCFullYear(expires.getUTCFullYear() + 3);
expires.setUTCDate(expires.getUTCDate() - 1);
const certification = await call('certifications.create', {
  scheme: 'Cèdre ISO 9001',
  referentialId: null,
  body: 'AFNOR Certification',
  certificateNumber: 'CED-2025-0042',
  decisionDate: decided.toISOString().slice(0, 10),
  expiryDate: expires.toISOString().slice(0, 10),
  status: 'certifie',
  isGroup: false,
  groupName: null,
  centralFunction: null,
  otherMembers: null,
});
await call('certifications.acceptPlan', {
  certificationId: certification.id,
  slots: ['surveillance_1', 'surveillance_2', 'renouvellement'],
});
const grades = await call('audits.grades', { auditId: audit.id });
const finding = await call('audits.addFinding', {
  auditId: audit.id,
  fields: {
    gradeId: grades.find((grade) => grade.code === 'nc_mineure').id,
    requirementId: null,
    processId: clients,
    description: 'Les réclamations reçues ne sont ni toutes enregistrées ni analysées.',
    evidence: 'Registre vide depuis mars ; deux courriels de clients sans suite.',
    responseDue: null,
    status: 'a_traiter',
  },
});
let nc = await call('nonconformities.recordCorrection', {
  id: finding.nonconformity.id,
  revision: (await call('nonconformities.get', { id: finding.nonconformity.id })).revision,
  correction: {
    what: 'Réponse aux deux clients et saisie des réclamations de l’année au registre.',
    byId: amelie,
    on: isoDaysFromToday(-38),
  },
});
nc = await call('nonconformities.saveAnalysis', {
  id: nc.id,
  revision: nc.revision,
  analysis: {
    method: 'cinq_pourquoi',
    analysedById: amelie,
    analysedOn: isoDaysFromToday(-35),
    steps: [
      {
        why: 'Pourquoi les réclamations ne sont-elles pas analysées ?',
        because: 'Elles arrivent par plusieurs canaux et personne ne les centralise.',
        retained: false,
      },
      { why: 'Pourquoi personne ne les centralise ?', because: 'La procédure ne désigne pas de référent réclamations.', retained: true },
    ],
  },
});
const ncAction = (description, ownerId, dueDate) =>
  call('actions.create', {
    origin: { source: 'nonconformite', nonconformityId: nc.id },
    fields: { type: 'corrective', description, ownerId, processId: null, dueDate, evidenceNotes: null },
  });
const referent = await ncAction('Désigner un référent réclamations et le faire connaître à l’équipe.', karim, isoDaysFromToday(-20));
await ncAction('Réviser la procédure « Traitement des réclamations » : registre unique, délai de 15 jours.', amelie, isoDaysFromToday(15));
nc = await call('nonconformities.get', { id: nc.id });
nc = await call('nonconformities.planCheck', {
  id: nc.id,
  revision: nc.revision,
  check: { plannedOn: isoDaysFromToday(60), criterion: 'Toutes les réclamations du trimestre enregistrées et répondues sous 15 jours.' },
});
await call('actions.move', {
  id: referent.id,
  revision: referent.revision,
  step: { move: 'complete', doneOn: isoDaysFromToday(-22), evidenceNotes: 'Note de service du directeur, affichée en salle de pause.' },
});
const complaint = await call('complaints.create', {
  complainantKind: 'client',
  complainant: 'Mairie de Saint-Aubin',
  receivedOn: isoDaysFromToday(-30),
  channel: 'courriel',
  subject: 'Chantier d’espaces verts laissé inachevé rue des Tilleuls.',
  processId: missions,
  handledById: paul,
  responseDue: isoDaysFromToday(-15),
  respondedOn: isoDaysFromToday(-18),
  response: 'Reprise du chantier le lundi suivant ; appel du directeur au service technique.',
});
await call('complaints.create', {
  complainantKind: 'partenaire',
  complainant: 'France Travail — agence de Niort',
  receivedOn: isoDaysFromToday(-5),
  channel: 'telephone',
  subject: 'Bilan de sortie non transmis pour un salarié en fin de parcours.',
  processId: accueil,
  handledById: nadia,
  responseDue: isoDaysFromToday(10),
  respondedOn: null,
  response: null,
});
await call('complaints.openNonconformity', {
  id: complaint.id,
  revision: complaint.revision,
  fields: { severity: 'mineure', description: 'Chantier non terminé à la date convenue avec le client.', detectedById: paul },
});
await call('suggestions.create', {
  authorId: paul,
  suggestedOn: isoDaysFromToday(-2),
  kind: 'idee',
  description: 'Un livret d’accueil illustré pour les salariés qui lisent peu le français.',
  processId: accueil,
});
await call('actions.create', {
  origin: { source: 'revue_direction', note: 'Décision du 15 janvier' },
  fields: {
    type: 'amelioration',
    description: 'Mesurer la satisfaction des prescripteurs chaque semestre.',
    ownerId: nadia,
    processId: pilotage,
    dueDate: isoDaysFromToday(-3),
    evidenceNotes: null,
  },
});

// Indicators, an objective and a management review of last year, its decisions turned into actions.
const lastYear = new Date().getFullYear() - 1;
const templates = await call('indicators.templates', {});
const fromTemplate = (code, overrides) => {
  const { code: templateCode, ...values } = templates.find((template) => template.code === code);
  return call('indicators.create', {
    ...values,
    templateCode,
    processId: accueil,
    ownerId: nadia,
    firstPeriod: `${lastYear}-01-01`,
    entryDelayDays: 15,
    active: true,
    ...overrides,
  });
};
const exits = await fromTemplate('sorties_dynamiques', { alertThreshold: 50 });
for (const [index, parts] of [
  [5, 4, 3],
  [3, 2, 4],
  [6, 3, 4],
  [6, 4, 3],
].entries()) {
  await call('indicators.addMeasurement', {
    indicatorId: exits.id,
    periodStart: `${lastYear}-${String(1 + index * 3).padStart(2, '0')}-01`,
    value: null,
    numerator: null,
    denominator: 20,
    parts,
    comment: index === 1 ? 'Deux sorties sans solution en fin de contrat.' : null,
  });
}
const satisfaction = await fromTemplate('satisfaction_clients', { processId: missions, ownerId: paul, target: 85, alertThreshold: 75 });
await call('indicators.addMeasurement', {
  indicatorId: satisfaction.id,
  periodStart: `${lastYear}-01-01`,
  value: null,
  numerator: 41,
  denominator: 52,
  parts: null,
  comment: null,
});
await fromTemplate('delai_reclamations', { processId: clients, ownerId: amelie, target: 10, alertThreshold: 15 });
await call('objectives.create', {
  title: 'Atteindre 60 % de sorties dynamiques chaque trimestre',
  description: null,
  ownerId: karim,
  processId: accueil,
  targetDate: `${lastYear + 1}-12-31`,
  status: 'en_cours',
  indicatorIds: [exits.id],
});
const review = await call('management.createReview', {
  heldOn: isoDaysFromToday(0),
  periodStart: `${lastYear}-01-01`,
  periodEnd: `${lastYear}-12-31`,
  participantIds: [karim, amelie, nadia],
  otherParticipants: 'M. Perrin, président',
  contextChanges: 'Nouveau marché d’entretien des espaces verts avec la commune ; départ à la retraite d’un encadrant.',
  resources: null,
  risksOpportunities: null,
  externalProviders: null,
  conclusion: null,
});
await call('management.addDecision', {
  reviewId: review.id,
  kind: 'amelioration',
  text: 'Former les encadrants à l’entretien de bilan de sortie.',
  action: { type: 'amelioration', ownerId: nadia, dueDate: isoDaysFromToday(90), processId: accueil },
});
await call('management.addDecision', {
  reviewId: review.id,
  kind: 'ressources',
  text: 'Recruter un second CIP à mi-temps.',
  action: null,
});

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
// Last, the home screen: every due date the file now holds, grouped by urgency.
await page.getByRole('link', { name: 'À faire', exact: true }).click();
await page.getByRole('heading', { level: 1, name: 'À faire' }).waitFor();
await page.locator('.agenda__group').first().waitFor();
await page.screenshot({ path: path.join(outDir, 'agenda.png') });
await browser.close();
server.kill('SIGTERM');
fs.rmSync(dir, { recursive: true, force: true });
console.log(`Screenshots written to ${path.relative(root, outDir)}/`);
