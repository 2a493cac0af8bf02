import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { asOfFor, disclosureThreshold, financialYearLabel, financialYearRange, periodOf, publishTable } from '@sli/analytics-domain';
import { ANALYTICS_READS, InputError } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
import type { PeriodGrain } from '../common/metric-args';
import type { PeriodModel } from '../common/metric.models';
import { SqlParams } from '../common/sql-params';
import { ReportMode } from './annual-report.enums';
import { headlineFigures, type YearRange } from './annual-report.headlines';
import { reportWork } from './annual-report.kinds';
import type { TableSource } from './annual-report.tables';
import type { AnnualReportRecordsArgs } from './dto/annual-report.args';
import type { AnnualReport, AnnualReportFigure, AnnualReportRecord, AnnualReportTable } from './models/annual-report.model';

/** One cell's count for one partnership, as the table's SQL groups it. */
export interface TableCount {
  partnership_id: string;
  row_key: string;
  column_key: string;
  n: number;
}

/** The annual report dataset: headline figures from the metric catalogue and tables computed here, in SQL. */
@Injectable()
export class AnnualReportService {
  constructor(@InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource) {}

  /** One report per partnership (every partnership when `partnershipIds` is omitted), by partnership name. */
  async reports(partnershipIds: string[] | undefined, financialYear: string, mode: ReportMode): Promise<AnnualReport[]> {
    const { year, previousYear } = years(financialYear);
    const p = new SqlParams();
    const where = partnershipIds ? `WHERE id = ANY(${p.add(partnershipIds)}::uuid[])` : '';
    const rows: { id: string; suppression_threshold: number; kind: string }[] = await this.dataSource.query(
      `SELECT id, suppression_threshold, kind FROM partnerships ${where} ORDER BY name, id`,
      p.values,
    );
    return rows.map((row) => ({
      partnershipId: row.id,
      financialYear: year.label,
      mode,
      suppressionThreshold: row.suppression_threshold,
      year,
      previousYear,
      // A past year is judged at its end, the current one at today: never a date in the future.
      asOf: asOfFor(year.end),
      partnershipKind: row.kind,
    }));
  }

  /** The headline figures of each report, in order: computed together for every report of the same years. */
  headlines(reports: readonly AnnualReport[]): Promise<AnnualReportFigure[][]> {
    return headlineFigures(
      this.dataSource.manager,
      reports.map((r) => ({
        partnershipId: r.partnershipId,
        year: r.year,
        previousYear: r.previousYear,
        threshold: threshold(r),
        work: reportWork(r.partnershipKind),
      })),
    );
  }

  /**
   * Each cell of a table counts the records of its definition with that row and column key, per
   * partnership, as of the year's as-of date (its end once it is over, today while it runs).
   * The wrapper names the year and as-of parameters so that a table which reads only some of them
   * still gives every one a type.
   */
  tableCounts(source: TableSource, partnershipIds: readonly string[], year: YearRange): Promise<TableCount[]> {
    return this.dataSource.query(
      `SELECT t.partnership_id, t.row_key, t.column_key, count(*)::int AS n FROM (${source.records}) t
       WHERE ($2::date, $3::date, $4::date) IS NOT NULL
       GROUP BY t.partnership_id, t.row_key, t.column_key`,
      [partnershipIds, year.start, year.end, asOfFor(year.end)],
    );
  }

  /** The records counted in one cell (or row or column total, or the whole table) of a report's table. */
  async records(report: AnnualReport, source: TableSource, args: AnnualReportRecordsArgs): Promise<AnnualReportRecord[]> {
    const problems = [
      ...(args.rowKey != null && !source.rows.some((r) => r.key === args.rowKey)
        ? [{ field: 'rowKey', message: `is not a row of ${source.key}: one of ${source.rows.map((r) => r.key).join(', ')}` }]
        : []),
      ...(args.columnKey != null && !source.columns.some((c) => c.key === args.columnKey)
        ? [{ field: 'columnKey', message: `is not a column of ${source.key}: one of ${source.columns.map((c) => c.key).join(', ')}` }]
        : []),
    ];
    if (problems.length > 0) throw new InputError(problems);
    const rows: { id: string; ref: string; row_key: string; column_key: string }[] = await this.dataSource.query(
      `SELECT t.id, t.ref, t.row_key, t.column_key FROM (${source.records}) t
       WHERE ($2::date, $3::date, $4::date) IS NOT NULL AND ($5::text IS NULL OR t.row_key = $5) AND ($6::text IS NULL OR t.column_key = $6)
       ORDER BY t.ref`,
      [[report.partnershipId], report.year.start, report.year.end, report.asOf, args.rowKey ?? null, args.columnKey ?? null],
    );
    return rows.map((r) => ({ id: r.id, ref: r.ref, kind: source.kind, rowKey: r.row_key, columnKey: r.column_key }));
  }
}

/**
 * Lays one partnership's counts out as the table (zeros where nothing was counted) and publishes it
 * in the report's mode, by the table's disclosure kind; the year before's totals sit beside it,
 * published by the same rules on their own table.
 */
export function buildTable(
  source: TableSource,
  counts: readonly TableCount[],
  report: AnnualReport,
  previousCounts: readonly TableCount[] = [],
): AnnualReportTable {
  const current = laidOut(source, counts, report);
  const before = laidOut(source, previousCounts, report);
  const previousTotal = new Map(before.rows.map((r, i) => [r.key, before.published.rowTotals[i] as string]));
  return {
    key: source.key,
    title: source.title,
    rowHeading: source.rowHeading,
    description: (!reportWork(report.partnershipKind).children && source.descriptionWithoutChildren) || source.description,
    disclosure: source.disclosure,
    rowHeaders: current.rows.map((r) => r.label),
    rowKeys: current.rows.map((r) => r.key),
    columnHeaders: source.columns.map((c) => c.label),
    columnKeys: source.columns.map((c) => c.key),
    ...current.published,
    previousRowTotals: current.rows.map((r) => previousTotal.get(r.key) ?? '0'),
    previousColumnTotals: before.published.columnTotals,
    previousGrandTotal: before.published.grandTotal,
  };
}

function laidOut(source: TableSource, counts: readonly TableCount[], report: AnnualReport) {
  const count = new Map(counts.map((c) => [`${c.row_key}\u0000${c.column_key}`, c.n]));
  const rows = source.onlyRowsWithRecords ? source.rows.filter((r) => counts.some((c) => c.row_key === r.key)) : source.rows;
  const cells = rows.map((r) => source.columns.map((c) => count.get(`${r.key}\u0000${c.key}`) ?? 0));
  return { rows, published: publishTable(cells, source.columns.length, disclosureThreshold(source.disclosure, threshold(report)), {
      grandTotalPublished: source.grandTotalPublished,
    }), };
}

function threshold(report: AnnualReport): number | null {
  return report.mode === ReportMode.PUBLISHED ? report.suppressionThreshold : null;
}

/** The financial year named and the one before it, as periods; a bad label is a field error. */
function years(financialYear: string): { year: PeriodModel; previousYear: PeriodModel } {
  let startYear: number;
  try {
    startYear = financialYearRange(financialYear).startYear;
  } catch {
    throw new InputError([{ field: 'financialYear', message: 'must be a financial year such as 2024/25' }]);
  }
  const period = (y: number): PeriodModel => {
    const p = periodOf(financialYearRange(financialYearLabel(y)).start, 'financial-year');
    return { ...p, grain: p.grain as PeriodGrain };
  };
  return { year: period(startYear), previousYear: period(startYear - 1) };
}
