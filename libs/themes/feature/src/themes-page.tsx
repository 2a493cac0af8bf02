import { PageHeader, QueryState } from '@sli/shared/ui';
import { useId, useMemo, useState } from 'react';
import { useThemeCoOccurrence, useThemeCoOccurrenceMatrix } from './api/co-occurrence';
import { useEmergingThemes } from './api/emerging';
import { useThemeHeatmap } from './api/heatmap';
import { CoOccurrenceMatrix, TopPairs } from './components/co-occurrence';
import { EmergingThemes } from './components/emerging-themes';
import { HeatmapTable } from './components/heatmap-table';
import { RecordsBehind } from './components/records-behind';
import { TrendSection } from './components/trend-section';
import { DEFAULT_THEMES, themeCatalogue } from './lib/themes';
import { drillKey, useThemesParams, type Source } from './lib/use-themes-params';
import { useThemesFilters } from './lib/window';

/** How many records an emerging theme must be on in the chosen period. */
const EMERGING_MIN = 2;
const SOURCES: [Source, string][] = [
  ['BOTH', 'Reviews and audits'],
  ['REVIEWS', 'Reviews only'],
  ['AUDITS', 'Audits only'],
];

/** What learning is about: theme trends, a theme × year heatmap, themes found together, emerging themes, and the records behind each number. */
export function ThemesPage() {
  const params = useThemesParams();
  const scope = useThemesFilters();
  const { filter, window, source } = { ...scope, source: params.source };
  const id = useId();
  const [openedWith] = useState(() => drillKey(params.drill));

  const heatmap = useThemeHeatmap({ filter, source });
  const themes = useMemo(() => themeCatalogue(heatmap.data?.themeHeatmap), [heatmap.data]);
  const top = themes.filter((t) => t.total > 0).slice(0, DEFAULT_THEMES).map((t) => t.code);
  const selected = params.chosen ?? top;

  const pairs = useThemeCoOccurrence({ filter, source, limit: 10, minCount: 2 });
  const matrix = useThemeCoOccurrenceMatrix({ filter, source, themeCodes: selected }, selected.length > 1);
  const emerging = useEmergingThemes({ filter: scope.emerging.filter, financialYear: scope.emerging.financialYear, source, minCount: EMERGING_MIN });

  const periods = heatmap.data?.themeHeatmap.periods ?? [];
  const period = periods.length > 0 ? `${periods[0]?.label} to ${periods[periods.length - 1]?.label}` : `${window.from} to ${window.to}`;

  return (
    <>
      <PageHeader
        title="Themes"
        lead={`What reviews and audits find, ${period}: trends, themes found together, and emerging themes. Press a number to list the records behind it.`}
        actions={
          <div className="field">
            <label htmlFor={`${id}-source`}>Records</label>
            <select id={`${id}-source`} value={source} onChange={(e) => params.setSource(e.target.value as Source)}>
              {SOURCES.map(([v, label]) => (
                <option key={v} value={v}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        }
      />
      {scope.filters.reviewType && source !== 'REVIEWS' ? (
        <p className="hint">The review type filter leaves audits out: audits have no review type.</p>
      ) : null}
      <nav className="section-nav" aria-label="Sections of this page">
        <a href="#themes-trend">Trends</a>
        <a href="#themes-heatmap">Theme by year</a>
        <a href="#themes-together">Found together</a>
        <a href="#themes-emerging">Emerging themes</a>
      </nav>

      <section aria-labelledby="themes-trend">
        <h2 id="themes-trend">Trends of chosen themes</h2>
        <QueryState isLoading={heatmap.isLoading} error={heatmap.error}>
          <TrendSection scope={scope} themes={themes} selected={selected} isDefault={params.chosen === null} />
        </QueryState>
      </section>

      <section aria-labelledby="themes-heatmap">
        <h2 id="themes-heatmap">Theme by financial year</h2>
        <QueryState isLoading={heatmap.isLoading} error={heatmap.error} isEmpty={themes.every((t) => t.total === 0)}>
          {heatmap.data ? (
            <HeatmapTable heatmap={heatmap.data.themeHeatmap} all={params.allThemes} onToggleAll={params.setAllThemes} window={window} />
          ) : null}
        </QueryState>
      </section>

      <section aria-labelledby="themes-together">
        <h2 id="themes-together">Themes found together</h2>
        <p className="hint">Records tagged with both themes, {period}. Overlap is the share of the records with either theme that have both.</p>
        <div>
          <div>
            <h3>The chosen themes</h3>
            {selected.length < 2 ? (
              <p className="state">Choose two themes or more to compare them.</p>
            ) : (
              <QueryState isLoading={matrix.isLoading} error={matrix.error}>
                {matrix.data ? <CoOccurrenceMatrix matrix={matrix.data.themeCoOccurrenceMatrix} window={window} period={period} /> : null}
              </QueryState>
            )}
          </div>
          <div>
            <h3 style={{ marginTop: '1rem' }}>Pairs most often found together</h3>
            <QueryState isLoading={pairs.isLoading} error={pairs.error}>
              <TopPairs pairs={pairs.data?.themeCoOccurrence ?? []} window={window} period={period} />
            </QueryState>
          </div>
        </div>
      </section>

      <section aria-labelledby="themes-emerging">
        <h2 id="themes-emerging">Emerging themes in {scope.emerging.label}</h2>
        <QueryState isLoading={emerging.isLoading} error={emerging.error}>
          {emerging.data ? <EmergingThemes emerging={emerging.data.emergingThemes} label={scope.emerging.label} minCount={EMERGING_MIN} /> : null}
        </QueryState>
      </section>

      {params.drill ? (
        <RecordsBehind
          drill={params.drill}
          source={source}
          baseFilter={scope.baseFilter}
          themes={themes}
          search={scope.search}
          onClose={() => params.setDrill(null)}
          openedWith={openedWith}
        />
      ) : null}
    </>
  );
}
