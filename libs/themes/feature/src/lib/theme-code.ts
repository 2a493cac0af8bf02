/**
 * The code a new theme gets from its name unless one is typed: lower case, words joined by hyphens,
 * accents and punctuation dropped ("Cost of living & debt" → "cost-of-living-debt"). A code never changes.
 */
export function codeFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}
