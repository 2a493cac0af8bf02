import { PeriodGrain } from './metric-args';

/** Collects positional parameters for hand-written SQL: `p.add(value)` returns its `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** SQL for the first day of the period of `grain` containing the date expression `column`. */
export function periodStartSql(grain: PeriodGrain, column: string): string {
  switch (grain) {
    case PeriodGrain.MONTH:
      return `date_trunc('month', ${column})::date`;
    case PeriodGrain.QUARTER:
      return `date_trunc('quarter', ${column})::date`;
    case PeriodGrain.FINANCIAL_YEAR:
      // 1 April of the financial year: shift back three months, take the calendar year.
      return `make_date(extract(year FROM (${column} - interval '3 months'))::int, 4, 1)`;
    case PeriodGrain.CALENDAR_YEAR:
      return `date_trunc('year', ${column})::date`;
  }
}
