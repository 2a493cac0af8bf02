import type { ScorecardEntry } from '../api/scorecard';
import { PERIODICITY_WORDS, STATUS_COLOURS, STATUS_WORDS, formatValue } from '../lib/words';
import { MeasureCurve } from './measure-curve';

/** Where a measure comes from, in a line: "Headline measure · Quarterly · higher is better · entered". */
export function MeasureFacts({ entry }: { entry: ScorecardEntry }) {
  const { measure } = entry;
  return (
    <p className="hint">
      {measure.headline ? <strong className="oba-headline-tag">Headline measure</strong> : 'Secondary measure'} · {PERIODICITY_WORDS[measure.periodicity]} ·{' '}
      {measure.polarity === 'HIGHER_IS_BETTER' ? 'higher is better' : 'lower is better'}
      {measure.source === 'COMPUTED' ? ' · computed from the system' : ' · entered'}
      {measure.agency ? ` · ${measure.agency.name}` : ''}
    </p>
  );
}

/**
 * One measure in detail: latest value against target, trend, change since baseline, forecast, the
 * curve and the latest story. Every sentence is the API's (one rule for the grid, the card and the report).
 */
export function MeasureCard({
  entry,
  headingLevel = 3,
  title,
  story = true,
}: {
  entry: ScorecardEntry;
  headingLevel?: 2 | 3;
  title?: string;
  /** Shows the latest story; the measure's own page lists them all instead. */
  story?: boolean;
}) {
  const { measure, analysis, latestNote, storyCurrency } = entry;
  const words = analysis.words;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const tone = analysis.trendJudgement?.toLowerCase() ?? 'stable';
  return (
    <article className="oba-measure" data-testid="oba-measure">
      <header className="oba-measure-head">
        <Heading>{title ?? measure.name}</Heading>
        <MeasureFacts entry={entry} />
        {measure.description ? <p className="oba-description">{measure.description}</p> : null}
      </header>

      {analysis.onDataDevelopmentAgenda ? (
        <p className="oba-dda">
          <strong>On the data development agenda:</strong> no value yet.
          {analysis.note ? ` ${analysis.note}` : ''}
        </p>
      ) : (
        <dl className="oba-stats">
          <div>
            <dt>Latest{analysis.latest ? ` (${analysis.latest.label})` : ''}</dt>
            <dd className="oba-latest">{words.latest}</dd>
          </div>
          <div>
            <dt>Target</dt>
            <dd>
              {words.target ? `${words.target} ` : ''}
              <span className="badge" style={{ background: STATUS_COLOURS[analysis.status] }}>
                {STATUS_WORDS[analysis.status]}
              </span>
              {words.variance ? <span className="oba-sub">{words.variance}</span> : null}
            </dd>
          </div>
          <div>
            <dt>Trend</dt>
            <dd>
              <span className={`oba-trend ${tone}`}>
                {analysis.trend ? <span aria-hidden="true">{words.trendShort.split(' ')[0]} </span> : null}
                {words.trend}
              </span>
              {analysis.trend ? (
                <span className="oba-sub">
                  {analysis.trend.direction === 'FLAT' ? 'unchanged' : analysis.trend.direction === 'UP' ? 'up' : 'down'} from{' '}
                  {formatValue(analysis.trend.since.value, measure.unit)} in {analysis.trend.since.label}
                </span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>Since the baseline</dt>
            <dd>{words.baseline ?? 'No baseline'}</dd>
          </div>
          <div>
            <dt>If nothing changes</dt>
            <dd>{words.forecast ?? 'No forecast'}</dd>
          </div>
        </dl>
      )}
      {words.lag ? (
        <p className="oba-warning" data-testid="oba-lag">
          <strong>Not up to date:</strong> {words.lag}
        </p>
      ) : null}

      {measure.series.length > 0 ? <MeasureCurve entry={entry} /> : null}
      {analysis.note && !analysis.onDataDevelopmentAgenda ? <p className="hint">{analysis.note}</p> : null}

      {story ? (
        <div className="oba-story">
          <h4>The story behind the curve</h4>
          {latestNote ? (
            <>
              <blockquote>{latestNote.text}</blockquote>
              <p className={storyCurrency?.older ? 'oba-warning' : 'hint'} data-testid="oba-story-date">
                {storyCurrency?.older ? <strong>Older than the latest value: </strong> : null}
                {latestNote.author ? `${latestNote.author}. ` : ''}
                {storyCurrency?.words}
              </p>
            </>
          ) : (
            <p className="hint">No story written yet.</p>
          )}
        </div>
      ) : null}
    </article>
  );
}
