/** Colours with at least 3:1 contrast on white for chart marks (WCAG 1.4.11); text uses --text. */
export const COLOURS = {
  primary: '#1d4f91',
  secondary: '#b35900',
  tertiary: '#2e7d32',
  quaternary: '#6a1b9a',
  grey: '#5f6b76',
} as const;

export const SERIES = [COLOURS.primary, COLOURS.secondary, COLOURS.tertiary, COLOURS.quaternary, '#00838f', '#ad1457', COLOURS.grey];

/** BRAG: blue complete, red overdue, amber due within 30 days, green on track. */
export const BRAG_COLOURS = { BLUE: '#1d4f91', RED: '#b3261e', AMBER: '#a15c00', GREEN: '#2e7d32' } as const;

export const RAG_COLOURS = { RED: '#b3261e', AMBER: '#a15c00', GREEN: '#2e7d32' } as const;
