import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure, RAG_COLOURS, type Column } from '@sli/shared/ui';
import { legendProps } from './legend';
import type { Section11Grid } from '../api/section11';

type StandardRow = Section11Grid['byStandard'][number];

const columns: Column<StandardRow>[] = [
  { key: 'standard', header: 'Standard', value: (r) => r.title },
  { key: 'green', header: 'Green', align: 'right', value: (r) => r.counts.green },
  { key: 'amber', header: 'Amber', align: 'right', value: (r) => r.counts.amber },
  { key: 'red', header: 'Red', align: 'right', value: (r) => r.counts.red },
  { key: 'total', header: 'Assessments', align: 'right', value: (r) => r.counts.total },
  { key: 'moderated', header: 'Moderated', align: 'right', value: (r) => r.counts.moderated },
  { key: 'up', header: 'Raised by moderation', align: 'right', value: (r) => r.counts.up },
  { key: 'down', header: 'Lowered by moderation', align: 'right', value: (r) => r.counts.down },
];

/** Final ratings per standard, as counts of agencies. */
export function Section11StandardsFigure({ grid }: { grid: Section11Grid }) {
  const data = grid.byStandard.map((s) => ({ name: s.title, ...s.counts }));
  return (
    <ChartFigure
      title="Final ratings by standard"
      // Room for a tool's standard titles, which run to two or three lines.
      height={Math.max(280, grid.byStandard.length * 44)}
      n={{ count: grid.byStandard.reduce((s, r) => s + r.counts.total, 0), of: 'assessments' }}
      description={`Agencies rating each standard green, amber or red after moderation, ${grid.audit.title}.`}
      exportName={`section-11-standards-${grid.audit.ref.toLowerCase()}`}
      columns={columns}
      rows={grid.byStandard}
      rowKey={(r) => r.standard}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 12, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={220} tick={{ fontSize: 12 }} interval={0} />
            <Tooltip />
            <Legend {...legendProps} />
            <Bar dataKey="green" name="Green" stackId="rag" fill={RAG_COLOURS.GREEN} stroke="#fff" isAnimationActive={false} />
            <Bar dataKey="amber" name="Amber" stackId="rag" fill={RAG_COLOURS.AMBER} stroke="#fff" isAnimationActive={false} />
            <Bar dataKey="red" name="Red" stackId="rag" fill={RAG_COLOURS.RED} stroke="#fff" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
}
