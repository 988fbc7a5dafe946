// `npm run scan:electron`: Doyensec's Electronegativity static scan of the Electron host
// (electron/**, as written) and of the built page (dist/renderer/index.html, whose CSP is injected
// at build). Fails on any finding that electronegativity.config.json does not justify. Runs offline:
// the tool's attempts to fetch translations and Electron's release list fail and are ignored, and
// the Electron version is given from node_modules/electron.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const root = fileURLToPath(new URL('..', import.meta.url));
const page = path.join(root, 'dist', 'renderer', 'index.html');
if (!fs.existsSync(page)) {
  console.error('dist/renderer/index.html est absent : lancez d’abord « npm run build ».');
  process.exit(1);
}
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const config = JSON.parse(fs.readFileSync(path.join(root, 'electronegativity.config.json'), 'utf8'));

const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-scan-'));
const report = path.join(staging, 'findings.csv');
try {
  fs.cpSync(path.join(root, 'electron'), path.join(staging, 'src', 'electron'), { recursive: true });
  fs.mkdirSync(path.join(staging, 'src', 'renderer'), { recursive: true });
  fs.copyFileSync(page, path.join(staging, 'src', 'renderer', 'index.html'));
  const tool = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  /** One run of the tool; its findings, or null when its report is not a well-formed CSV of findings. */
  const scan = () => {
    fs.rmSync(report, { force: true });
    const run = spawnSync(
      process.execPath,
      [tool, '-i', path.join(staging, 'src'), '-r', '-e', electronVersion, '-o', report, '-v', 'false'],
      { encoding: 'utf8', timeout: 5 * 60_000 },
    );
    if (!fs.existsSync(report)) {
      console.error(`Electronegativity n’a pas produit de rapport :\n${run.stdout}\n${run.stderr}`);
      process.exit(1);
    }
    try {
      const [, ...records] = parse(fs.readFileSync(report, 'utf8'), { relax_column_count: true, skip_empty_lines: true, trim: true });
      const findings = records.map(([check, severity, confidence, file, location, sample]) => ({
        check,
        severity,
        confidence,
        file,
        location,
        sample,
      }));
      return findings.every((finding) => /^[A-Z_]+$/.test(finding.check ?? '') && finding.file) ? findings : null;
    } catch {
      return null;
    }
  };
  // The tool sometimes writes a record cut in the middle of its CSP sample (seen in CI): that
  // report is read again from a new run rather than taken as a finding without a file.
  let findings = scan();
  for (let attempt = 1; findings === null && attempt < 3; attempt += 1) findings = scan();
  if (findings === null) {
    console.error(`Le rapport d’Electronegativity reste mal formé après trois essais : ${report}`);
    process.exit(1);
  }
  const justified = (finding) =>
    config.exceptions.some((exception) => exception.check === finding.check && exception.file === finding.file);
  const unjustified = findings.filter((finding) => !justified(finding));
  for (const exception of config.exceptions) {
    if (!findings.some((finding) => finding.check === exception.check && finding.file === exception.file)) {
      console.warn(
        `Exception sans objet (plus de constat) : ${exception.check} ${exception.file} — retirez-la de electronegativity.config.json.`,
      );
    }
  }
  console.log(
    `Electronegativity (Electron ${electronVersion}) : ${findings.length} constat(s), ${findings.length - unjustified.length} justifié(s) dans electronegativity.config.json.`,
  );
  if (unjustified.length > 0) {
    console.error('Constats non justifiés (corrigez le code, ou justifiez-les dans electronegativity.config.json) :');
    for (const finding of unjustified)
      console.error(`  ${finding.check} [${finding.severity}/${finding.confidence}] ${finding.file}:${finding.location} ${finding.sample}`);
    process.exit(1);
  }
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
