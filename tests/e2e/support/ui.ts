import type { Locator, Page } from 'playwright-core';

/** Picks `option` in the React Aria select labelled `label` (its button is named "<value> <label>"). */
export const choose = async (scope: Page | Locator, page: Page, label: string, option: string): Promise<void> => {
  await scope.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

/** Types a date (`JJMMAAAA`) into the React Aria date field labelled `label`, replacing its value. */
export const typeDate = async (scope: Page | Locator, page: Page, label: string, ddmmyyyy: string): Promise<void> => {
  const first = scope.getByRole('group', { name: label }).getByRole('spinbutton').first();
  await first.click();
  await page.keyboard.type(ddmmyyyy);
};

/** The open modal dialog. */
export const dialog = (page: Page): Locator => page.getByRole('dialog');

/**
 * Types `typed` into the searchable picker labelled `label` and picks the option whose name begins
 * with `optionStart` (its reference), once the register's answer shows it.
 */
export const pickRecord = async (scope: Page | Locator, page: Page, label: string, typed: string, optionStart: string): Promise<void> => {
  await scope.getByRole('combobox', { name: label }).fill(typed);
  await page.getByRole('option', { name: new RegExp(`^${optionStart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `) }).click();
};
