/**
 * Heatmap shading by share of records, in bands, each with a text colour of at least 4.5:1 contrast
 * (dark text to 40%, white text beyond). The value is always written in the cell too.
 */
export const BANDS: { min: number; label: string; background: string; color: string }[] = [
  { min: 0.6, label: '60% or more', background: '#1d4f91', color: '#ffffff' },
  { min: 0.4, label: '40% to 59%', background: '#3f6fb0', color: '#ffffff' },
  { min: 0.25, label: '25% to 39%', background: '#8fb0dc', color: '#0b0c0c' },
  { min: 0.1, label: '10% to 24%', background: '#c6d7ee', color: '#0b0c0c' },
  { min: Number.MIN_VALUE, label: 'under 10%', background: '#e8eff8', color: '#0b0c0c' },
  { min: 0, label: 'none', background: '#ffffff', color: '#0b0c0c' },
];

export function shade(share: number | null | undefined): { background: string; color: string } {
  const v = share ?? 0;
  const band = BANDS.find((b) => v >= b.min) ?? BANDS[BANDS.length - 1];
  return { background: band?.background ?? '#ffffff', color: band?.color ?? '#0b0c0c' };
}
