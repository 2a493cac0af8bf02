import type { ReactNode } from 'react';
import { drillKey, useThemesParams, type Drill } from '../lib/use-themes-params';

interface Props {
  drill: Drill;
  children: ReactNode;
  /** Read by screen readers after the visible text, e.g. "records tagged Neglect in 2024/25". */
  context: string;
  /** Inherit the cell's text colour (heatmap) instead of the link colour. */
  inherit?: boolean;
}

/** A number that lists the reviews and audits behind it when pressed. */
export function DrillButton({ drill, children, context, inherit }: Props) {
  const { drill: current, setDrill } = useThemesParams();
  const active = drillKey(current) === drillKey(drill);
  return (
    <button
      type="button"
      aria-current={active ? 'true' : undefined}
      onClick={() => setDrill(drill)}
      style={{
        border: 0,
        background: 'transparent',
        color: inherit ? 'inherit' : 'var(--link)',
        textDecoration: 'underline',
        textUnderlineOffset: '0.15em',
        padding: '0 0.2rem',
        fontWeight: active ? 700 : undefined,
        fontVariantNumeric: 'tabular-nums',
      }}
    >
      {children}
      <span className="visually-hidden">
        {' '}
        {context}: show the records
      </span>
    </button>
  );
}
