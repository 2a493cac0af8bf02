import type { ReactNode } from 'react';

/** Legend in drawing order, its words in the text colour (the swatch carries the series colour). */
export const legendProps = {
  wrapperStyle: { fontSize: 13 },
  itemSorter: null,
  formatter: (value: ReactNode) => <span style={{ color: '#0b0c0c' }}>{value}</span>,
};
