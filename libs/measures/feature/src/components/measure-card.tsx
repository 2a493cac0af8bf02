import { formatDate } from '@sli/shared/ui';
import type { ScorecardEntry } from '../api/scorecard';
import {
  ARROWS,
  JUDGEMENT_WORDS,
  PERIODICITY_WORDS,
  STATUS_COLOURS,
  STATUS_WORDS,
  formatValue,
  signedShare,
  trendWords,
  varianceWords,
} from '../lib/words';
import { MeasureCurve } from './measure-curve';

/** One measure: latest value against target, trend, change since baseline, forecast, the curve and its story. */
export function MeasureCard({ entry }: { entry: ScorecardEntry }) {
  const { measure, analysis, latestNote } = entry;
  const unit = measure.unit;
  const latest = analysis.latest;
  const trend = analysis.trend;
  const forecast = analysis.forecast;
  const lastForecast = forecast?.points[forecast.points.length - 1];
  const variance = varianceWords(analysis.variance);
  return (
    <article className="oba-measure" data-testid="oba-measure">
      <header className="oba-measure-head">
        <h3>{measure.name}</h3>
        <p className="hint">
          {measure.headline ? <strong className="oba-headline-tag">Headline measure</strong> : 'Secondary measure'} ·{' '}
          {PERIODICITY_WORDS[measure.periodicity]} · {measure.polarity === 'HIGHER_IS_BETTER' ? 'higher is better' : 'lower is better'}
          {measure.source === 'COMPUTED' ? ' · computed from the system' : ' · entered'}
          {measure.agency ? ` · ${measure.agency.name}` : ''}
        </p>
        {measure.description ? <p className="oba-description">{measure.description}</p> : null}
      </header>

      {analysis.onDataDevelopmentAgenda ? (
        <p className="oba-dda">
          <strong>On the data development agenda:</strong> no value yet.{analysis.note ? ` ${analysis.note}` : ''}
        </p>
      ) : (
        <dl className="oba-stats">
          <div>
            <dt>Latest{latest ? ` (${latest.label})` : ''}</dt>
            <dd className="oba-latest">{formatValue(latest?.value, unit)}</dd>
          </div>
          <div>
            <dt>Target</dt>
            <dd>
              {measure.target != null ? `${formatValue(measure.target, unit)} ` : ''}
              <span className="badge" style={{ background: STATUS_COLOURS[analysis.status] }}>
                {STATUS_WORDS[analysis.status]}
              </span>
              {variance && analysis.percentOfTarget != null ? (
                <span className="oba-sub">
                  {formatValue(analysis.percentOfTarget, 'PERCENT')} of target, {variance}
                </span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>Trend</dt>
            <dd>
              {trend ? (
                <>
                  <span className={`oba-trend ${trend.judgement.toLowerCase()}`}>
                    <span aria-hidden="true">{ARROWS[trend.direction]} </span>
                    {trendWords(trend.judgement, trend.periods)}
                  </span>
                  <span className="oba-sub">
                    {trend.direction === 'FLAT' ? 'unchanged' : trend.direction === 'UP' ? 'up' : 'down'} from{' '}
                    {formatValue(trend.since.value, unit)} in {trend.since.label}
                  </span>
                </>
              ) : (
                'Too few values for a trend'
              )}
            </dd>
          </div>
          <div>
            <dt>Since the baseline</dt>
            <dd>
              {analysis.baseline != null ? (
                <>
                  {signedShare(analysis.changeSinceBaseline)}
                  <span className="oba-sub">baseline {formatValue(analysis.baseline, unit)}</span>
                </>
              ) : (
                'No baseline'
              )}
            </dd>
          </div>
          <div>
            <dt>If nothing changes</dt>
            <dd>
              {forecast && lastForecast ? (
                <>
                  {formatValue(lastForecast.value, unit)} by {lastForecast.label}
                  <span className="oba-sub">heading: {JUDGEMENT_WORDS[forecast.judgement].toLowerCase()}</span>
                </>
              ) : (
                'No forecast'
              )}
            </dd>
          </div>
        </dl>
      )}

      {measure.series.length > 0 ? <MeasureCurve entry={entry} /> : null}
      {analysis.note && !analysis.onDataDevelopmentAgenda ? <p className="hint">{analysis.note}</p> : null}

      <div className="oba-story">
        <h4>The story behind the curve</h4>
        {latestNote ? (
          <>
            <blockquote>{latestNote.text}</blockquote>
            <p className="hint">
              {latestNote.author ? `${latestNote.author}, ` : ''}
              {formatDate(latestNote.writtenOn)}
            </p>
          </>
        ) : (
          <p className="hint">No story written yet.</p>
        )}
      </div>
    </article>
  );
}
