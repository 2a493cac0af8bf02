import { formatCount, formatNumber, formatShare } from '@sli/shared/ui';
import type { OverTime } from '../api/training';

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="tile">
      <p className="hint">{label}</p>
      <p className="tile-value">{value}</p>
      {hint ? <p className="hint">{hint}</p> : null}
    </div>
  );
}

const signed = (v: number | null | undefined) => (v == null ? '–' : `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatNumber(Math.abs(v))}`);

/** Headline reach (counts summed over the periods: they add up) and impact for the whole range. */
export function TrainingSummary({ data }: { data: OverTime }) {
  const sum = (pick: (r: OverTime['trainingReach'][number]) => number) => data.trainingReach.reduce((n, r) => n + pick(r), 0);
  const bookings = sum((r) => r.bookings);
  const dna = sum((r) => r.didNotAttend);
  const level = (name: string) => data.trainingKirkpatrick.find((l) => l.level === name);
  const learning = level('LEARNING');
  const behaviour = level('BEHAVIOUR');
  return (
    <div className="tiles" data-testid="training-summary">
      <Stat label="Sessions held" value={formatCount(sum((r) => r.sessions))} hint={`${formatCount(sum((r) => r.places))} places`} />
      <Stat label="Places booked" value={formatCount(bookings)} hint={`${formatCount(sum((r) => r.attendances))} attended`} />
      <Stat label="Did not attend" value={bookings ? formatShare(dna / bookings) : '–'} hint={`${formatCount(dna)} of ${formatCount(bookings)} bookings`} />
      <Stat
        label="Confidence change"
        value={signed(learning?.value)}
        hint={`mean, on a 1 to 5 scale (n = ${formatCount(learning?.n ?? 0)})`}
      />
      <Stat
        label="Changed practice at follow-up"
        value={formatShare(behaviour?.value)}
        hint={`of ${formatCount(behaviour?.n ?? 0)} who answered`}
      />
    </div>
  );
}
