import { Link } from 'react-router';
import { DataTable, QueryState, formatCount, type Column } from '@sli/shared/ui';
import { useScorecardSummaries } from '../api/scorecard';

interface Row {
  id: string;
  name: string;
  measures: number;
  headline: number;
  onTarget: number;
  offTarget: number;
  improving: number;
  worsening: number;
  agenda: number;
}

/** With no partnership chosen: every partnership's scorecard in brief, each a link to the full one. */
export function PartnershipChooser({ asOf, linkTo }: { asOf: string; linkTo: (partnershipId: string) => string }) {
  const summaries = useScorecardSummaries(asOf, true);
  const rows: Row[] = (summaries.data?.obaScorecards ?? []).map((s) => {
    const entries = s.quadrants.flatMap((q) => q.measures);
    const count = (f: (e: (typeof entries)[number]) => boolean) => entries.filter(f).length;
    return {
      id: s.partnership.id,
      name: s.partnership.name,
      measures: entries.length,
      headline: count((e) => e.measure.headline),
      onTarget: count((e) => e.analysis.status === 'ON_TARGET'),
      offTarget: count((e) => e.analysis.status === 'OFF_TARGET'),
      improving: count((e) => e.analysis.trend?.judgement === 'IMPROVING'),
      worsening: count((e) => e.analysis.trend?.judgement === 'WORSENING'),
      agenda: count((e) => e.analysis.onDataDevelopmentAgenda),
    };
  });
  const num = (key: keyof Row, header: string): Column<Row> => ({
    key,
    header,
    align: 'right',
    render: (r) => formatCount(r[key] as number),
  });
  const columns: Column<Row>[] = [
    { key: 'name', header: 'Partnership', render: (r) => <Link to={linkTo(r.id)}>{r.name}</Link> },
    num('measures', 'Measures'),
    num('headline', 'Headline'),
    num('onTarget', 'On target'),
    num('offTarget', 'Off target'),
    num('improving', 'Improving'),
    num('worsening', 'Worsening'),
    num('agenda', 'No data yet'),
  ];
  return (
    <section aria-labelledby="oba-choose-h">
      <h2 id="oba-choose-h">Choose a partnership</h2>
      <p>
        A scorecard belongs to one partnership. Choose one in the filters above, or open its scorecard from the
        table.
      </p>
      <QueryState isLoading={summaries.isLoading} error={summaries.error} isEmpty={rows.length === 0} empty="No partnerships have measures yet.">
        <DataTable caption="Scorecards in brief" columns={columns} rows={rows} exportName="oba-scorecards-in-brief" rowKey={(r) => r.id} />
      </QueryState>
    </section>
  );
}
