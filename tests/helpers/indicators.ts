import type { Api } from '../../electron/backend/api';
import { findTemplate } from '../../shared/domain/indicator-templates';
import type { IndicatorDetail } from '../../shared/schemas/indicators';
import { expectOk } from './backend';

/** The form of an indicator made from template `code`, as the screen fills it, with what a test cares about overridden. */
export const fieldsFromTemplate = (code: string, ownerId: number, overrides: Record<string, unknown> = {}) => {
  const template = findTemplate(code);
  if (template === undefined) throw new Error(`Modèle inconnu : ${code}`);
  const { code: templateCode, ...values } = template;
  return {
    ...values,
    templateCode,
    processId: null,
    ownerId,
    firstPeriod: '2026-01-01',
    entryDelayDays: 15,
    active: true,
    ...overrides,
  };
};

/** "Taux de sorties dynamiques" from its template, 60 % target and a 50 % alert threshold, measured quarterly from 2026. */
export const sortiesDynamiques = (api: Api, ownerId: number, overrides: Record<string, unknown> = {}) =>
  expectOk<IndicatorDetail>(
    api,
    'indicators.create',
    fieldsFromTemplate('sorties_dynamiques', ownerId, { alertThreshold: 50, ...overrides }),
  );

/** A measurement of sorties dynamiques from its three parts over the exits of the period. */
export const measureExits = (api: Api, indicatorId: number, periodStart: string, parts: number[], exits: number) =>
  expectOk<IndicatorDetail>(api, 'indicators.addMeasurement', {
    indicatorId,
    periodStart,
    value: null,
    numerator: null,
    denominator: exits,
    parts,
    comment: null,
  });
