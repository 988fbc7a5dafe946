import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { callApi } from './api';
import { startBrowserMode, type BrowserModeServer } from './browserMode';
import { launchChromium } from './chromium';
import { E2E_TODAY } from './today';

export type E2eSession = {
  dir: string;
  dbPath: string;
  server: BrowserModeServer;
  browser: Browser;
  page: Page;
  /** Errors the page threw or logged: a test ends by expecting none. */
  pageErrors: string[];
  /** A contract method called as the page would, to set up what a test reads but does not drive. */
  call: <T = unknown>(method: string, input: unknown) => Promise<T>;
  close: () => Promise<void>;
};

type SessionOptions = {
  /** Names the temporary folder (`seve-e2e-<name>-…`). */
  name: string;
  /** Where the data file goes inside the temporary folder (default `qualite.sqlite`). */
  file?: string;
  /** Browser mode's extra arguments, and its day (default E2E_TODAY). */
  args?: string[];
  today?: string;
  viewport?: { width: number; height: number };
  page?: Omit<BrowserContextOptions, 'viewport'>;
  /** False when the test writes records first, then opens the page itself (`page.goto(server.url)`). */
  goto?: boolean;
};

/**
 * One end-to-end session: a temporary folder and data file, browser mode started on the pinned day,
 * Debian's Chromium with a French page collecting its errors, opened on Sève (unless `goto` is false);
 * `close` undoes it all.
 */
export const openE2eSession = async (options: SessionOptions): Promise<E2eSession> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `seve-e2e-${options.name}-`));
  const dbPath = path.join(dir, options.file ?? 'qualite.sqlite');
  const server = await startBrowserMode(dbPath, options.args ?? [], options.today ?? E2E_TODAY);
  const call = <T = unknown>(method: string, input: unknown) => callApi<T>(server, method, input);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1366, height: 900 }, locale: 'fr-FR', ...options.page });
  page.setDefaultTimeout(10_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  if (options.goto !== false) await page.goto(server.url);
  return {
    dir,
    dbPath,
    server,
    browser,
    page,
    pageErrors,
    call,
    close: async () => {
      await browser.close();
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};
