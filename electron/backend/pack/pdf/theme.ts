/** The look of every Sève PDF: sober, legible at 8 pt, green as the app, red only for gaps. */
export const theme = {
  margin: { top: 72, bottom: 64, left: 50, right: 50 },
  color: {
    text: '#1d2621',
    muted: '#5b6660',
    accent: '#1f5f4a',
    accentLight: '#e4eee9',
    rule: '#c9d3ce',
    zebra: '#f4f7f5',
    gap: '#b3261e',
    gapLight: '#fbe9e8',
    ok: '#2e7d32',
    warn: '#9a5b00',
    neutral: '#7a8580',
  },
  size: { body: 9.5, small: 8, table: 7.8, h1: 17, h2: 12, title: 26 },
  leading: 1.34,
  tableLeading: 1.26,
  cellPadding: { x: 3.5, y: 2.6 },
} as const;
