import { Link, useParams, useSearchParams } from 'react-router';
import { GraphQLRequestError, isRecordId, useCan, useFilters } from '@sli/shared/data-access';
import { FlashMessage, PageHeader, QueryState, formatDate } from '@sli/shared/ui';
import { useObaMeasure } from './api/scorecard';
import { MeasureCard } from './components/measure-card';
import { MeasureStories } from './components/measure-stories';
import { MeasureValues } from './components/measure-values';
import './oba.css';

const QUESTIONS = {
  HOW_MUCH: 'How much did we do?',
  HOW_WELL: 'How well did we do it?',
  BETTER_OFF: 'Is anyone better off?',
} as const;

/** One measure of the scorecard in detail: its figures, curve and forecast, and every story behind the curve. */
export function ObaMeasurePage() {
  const { measureId = '' } = useParams();
  const { asOf, search } = useFilters();
  const [params] = useSearchParams();
  const forecast = Number(params.get('forecast') ?? 4);
  const valid = isRecordId(measureId);
  const query = useObaMeasure(measureId, asOf, [0, 2, 4, 8].includes(forecast) ? forecast : 4, valid);
  const detail = query.data?.obaMeasure;
  const back = (partnershipId?: string) => {
    const next = new URLSearchParams(search);
    if (partnershipId) next.set('partnershipId', partnershipId);
    for (const key of ['measures', 'forecast', 'view']) {
      const v = params.get(key);
      if (v) next.set(key, v);
    }
    return (
      <Link to={`/oba?${next.toString()}`} className="no-print">
        Back to the scorecard
      </Link>
    );
  };
  const can = useCan();
  const notFound = !valid || (query.error instanceof GraphQLRequestError && query.error.code === 'NOT_FOUND');

  if (notFound) {
    return (
      <>
        <PageHeader title="Measure not found" actions={back()} />
        <p className="state">There is no measure with this address, or you may not see it.</p>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={detail ? detail.measure.name : 'Measure'}
        lead={detail ? `${detail.measure.partnership.name} · ${QUESTIONS[detail.measure.quadrant]} · figures as of ${formatDate(asOf)}.` : undefined}
        actions={
          <>
            {back(detail?.measure.partnership.id)}
            {detail && can('updateMeasure') ? (
              <Link to={`/oba/measures/${detail.measure.id}/edit${search}`} className="no-print">
                Change the measure
              </Link>
            ) : null}
          </>
        }
      />
      <FlashMessage />
      <QueryState isLoading={query.isLoading} error={query.error}>
        {detail ? (
          <>
            <MeasureCard entry={detail} headingLevel={2} title="Where it stands" story={false} />
            {detail.measure.source === 'ENTERED' ? <MeasureValues detail={detail} /> : null}
            <MeasureStories detail={detail} />
          </>
        ) : null}
      </QueryState>
    </>
  );
}
