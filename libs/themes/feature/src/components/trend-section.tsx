import { QueryState } from '@sli/shared/ui';
import { useId } from 'react';
import { useThemeTrend } from '../api/trend';
import type { ThemeInfo } from '../lib/themes';
import { useThemesParams, type Grain, type Measure } from '../lib/use-themes-params';
import type { useThemesFilters } from '../lib/window';
import { ThemePicker } from './theme-picker';
import { TrendChart } from './trend-chart';

interface Props {
  scope: ReturnType<typeof useThemesFilters>;
  themes: ThemeInfo[];
  selected: string[];
  isDefault: boolean;
}

const GRAINS: [Grain, string][] = [
  ['year', 'Financial year'],
  ['quarter', 'Quarter'],
];
const MEASURES: [Measure, string][] = [
  ['count', 'Number of records'],
  ['share', 'Share of all records'],
];

/** The theme picker, the period and measure switches, and the trend lines of the chosen themes. */
export function TrendSection({ scope, themes, selected, isDefault }: Props) {
  const params = useThemesParams();
  const id = useId();
  const trend = useThemeTrend(
    { filter: scope.filter, grain: params.grain === 'quarter' ? 'QUARTER' : 'FINANCIAL_YEAR', source: params.source, themeCodes: selected },
    selected.length > 0,
  );
  return (
    <>
      <ThemePicker themes={themes} selected={selected} isDefault={isDefault} onChange={params.setChosen} />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 2rem', marginBottom: '0.75rem' }}>
        <Switch legend="By" name={`${id}-grain`} options={GRAINS} value={params.grain} onChange={params.setGrain} />
        <Switch legend="Show" name={`${id}-measure`} options={MEASURES} value={params.measure} onChange={params.setMeasure} />
      </div>
      {selected.length === 0 ? (
        <p className="state">{isDefault ? 'No review or audit in these years is tagged with a theme.' : 'Choose at least one theme to see its trend.'}</p>
      ) : (
        <QueryState isLoading={trend.isLoading} error={trend.error} isEmpty={(trend.data?.themeTrend.length ?? 0) === 0}>
          <TrendChart series={trend.data?.themeTrend ?? []} order={selected} grain={params.grain} measure={params.measure} window={scope.window} />
        </QueryState>
      )}
    </>
  );
}

interface SwitchProps<T extends string> {
  legend: string;
  name: string;
  options: [T, string][];
  value: T;
  onChange: (value: T) => void;
}

/** A small group of radio buttons. */
function Switch<T extends string>({ legend, name, options, value, onChange }: SwitchProps<T>) {
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem', alignItems: 'center' }}>
      <legend style={{ fontWeight: 700, padding: 0, float: 'left', marginRight: '0.75rem' }}>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v} style={{ display: 'inline-flex', gap: '0.35rem', alignItems: 'center' }}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} style={{ width: '1.1rem', height: '1.1rem', margin: 0 }} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
