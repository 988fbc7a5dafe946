import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { fileDialogHandlers, withSqliteExtension, type DialogPort } from '../../../electron/main/fileDialogs';
import { handleSecondInstance } from '../../../electron/main/secondInstance';
import { expectOk, makeTempDir, openTestBackend, type TestBackend } from '../../helpers/backend';

// Electron's runtime cannot run here: its dialog functions are stood in for by answers the test
// scripts (the only fake); the session behind them is the real backend on real files.
const scriptedDialogs = (answers: { open?: string[] | null; save?: string | null }) => {
  const asked: (OpenDialogOptions | SaveDialogOptions)[] = [];
  const port: DialogPort = {
    showOpenDialog: async (options) => {
      asked.push(options);
      return answers.open ? { canceled: false, filePaths: answers.open } : { canceled: true, filePaths: [] };
    },
    showSaveDialog: async (options) => {
      asked.push(options);
      return answers.save ? { canceled: false, filePath: answers.save } : { canceled: true };
    },
  };
  return { port, asked };
};

describe('the desktop’s file dialogs and second launch', () => {
  let dir: string;
  let cleanup: () => void;
  let backend: TestBackend;
  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    backend = await openTestBackend({ filePath: path.join(dir, 'premier.sqlite') });
    await expectOk(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: null });
  });
  afterEach(() => {
    backend.close();
    cleanup();
  });

  it('creates and opens a new file named in the save dialog, adding .sqlite when the name lacks it', async () => {
    const { port, asked } = scriptedDialogs({ save: path.join(dir, 'Autre structure') });
    const info = await fileDialogHandlers(port, dir).handlers['datafile.chooseNew']({}, backend.session);
    expect(info?.file).toMatchObject({ status: 'open', path: path.join(dir, 'Autre structure.sqlite') });
    expect(asked[0]).toMatchObject({ title: 'Nouveau fichier Sève', defaultPath: path.join(dir, 'Nouveau fichier.sqlite') });
    expect(withSqliteExtension('/a/b.SQLITE')).toBe('/a/b.SQLITE');
  });

  it('answers null and changes nothing when a dialog is cancelled', async () => {
    const handlers = fileDialogHandlers(scriptedDialogs({ open: null, save: null }).port, dir).handlers;
    expect(await handlers['datafile.chooseOpen']({ readOnly: false }, backend.session)).toBeNull();
    expect(await handlers['datafile.chooseNew']({}, backend.session)).toBeNull();
    expect(await handlers['datafile.chooseCopy']({}, backend.session)).toBeNull();
    expect(await handlers['backups.chooseFolder']({}, backend.session)).toBeNull();
    expect(backend.session.filePath()).toBe(path.join(dir, 'premier.sqlite'));
  });

  it('saves a copy where the dialog says, overwriting only what the user confirmed, never the open file', async () => {
    const target = path.join(dir, 'copie.sqlite');
    const handlers = fileDialogHandlers(scriptedDialogs({ save: target }).port, dir).handlers;
    expect(await handlers['datafile.chooseCopy']({}, backend.session)).toMatchObject({ path: target });
    expect(await handlers['datafile.chooseCopy']({}, backend.session)).toMatchObject({ path: target });
    const onItself = fileDialogHandlers(scriptedDialogs({ save: backend.filePath }).port, dir).handlers;
    await expect(onItself['datafile.chooseCopy']({}, backend.session)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('opens the file chosen in the open dialog, and a backup folder chosen in the folder dialog', async () => {
    const other = path.join(dir, 'autre.sqlite');
    await fileDialogHandlers(scriptedDialogs({ save: other }).port, dir).handlers['datafile.chooseNew']({}, backend.session);
    await fileDialogHandlers(scriptedDialogs({ open: [backend.filePath] }).port, dir).handlers['datafile.chooseOpen'](
      { readOnly: false },
      backend.session,
    );
    expect(backend.session.filePath()).toBe(backend.filePath);
    const folder = path.join(dir, 'Clé USB');
    const list = await fileDialogHandlers(scriptedDialogs({ open: [folder] }).port, dir).handlers['backups.chooseFolder'](
      {},
      backend.session,
    );
    expect(list?.folder).toBe(folder);
  });

  it('a second launch focuses the first window and opens the file it was given', async () => {
    const events: string[] = [];
    const second = path.join(dir, 'double-clic.sqlite');
    const onSecond = handleSecondInstance({
      session: backend.session,
      focus: () => events.push('focus'),
      reload: () => events.push('reload'),
      explain: (message) => events.push(`explain ${message}`),
    });
    await onSecond(['/opt/Sève/seve', '--allow-file-access', 'double-clic.sqlite'], dir);
    expect(events).toEqual(['focus', 'reload']);
    expect(backend.session.filePath()).toBe(second);

    events.length = 0;
    await onSecond(['/opt/Sève/seve'], dir);
    expect(events).toEqual(['focus']);

    fs.writeFileSync(path.join(dir, 'notes.txt'), 'Compte rendu\n');
    await onSecond(['/opt/Sève/seve', '--db', path.join(dir, 'notes.txt')], '/');
    expect(events[1]).toBe('focus');
    expect(events[2]).toMatch(/^explain .*n’est pas un fichier Sève/);
    expect(backend.session.filePath()).toBe(second);
  });
});
