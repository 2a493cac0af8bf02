import type { ThemeGroup, ThemesPageHeatmapQuery } from '@sli/shared/data-access';

export interface ThemeInfo {
  code: string;
  name: string;
  group: ThemeGroup;
  /** Records tagged over the page's window. */
  total: number;
}

export const GROUP_LABELS: Record<ThemeGroup, string> = {
  CHILD: 'Child',
  FAMILY_CONTEXT: 'Family context',
  HARM: 'Harm',
  PRACTICE: 'Practice',
  SYSTEM: 'System',
};

/** How many themes the trend shows when none are chosen. */
export const DEFAULT_THEMES = 5;

/** Every theme of the heatmap with its total, most tagged first (then by name). */
export function themeCatalogue(heatmap: ThemesPageHeatmapQuery['themeHeatmap'] | undefined): ThemeInfo[] {
  return (heatmap?.rows ?? [])
    .map((r) => ({ code: r.theme.code, name: r.theme.name, group: r.theme.themeGroup, total: r.counts.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'en-GB'));
}

/** A theme's name from its code, the code itself when unknown. */
export function nameOf(themes: ThemeInfo[], code: string): string {
  return themes.find((t) => t.code === code)?.name ?? code;
}

/** Names joined in UK English: "A", "A and B", "A, B and C". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
