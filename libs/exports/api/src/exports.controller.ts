import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addAboutSheet,
  addDataRow,
  addDataSheet,
  CSV_MIME,
  csvPreamble,
  csvRow,
  exportFileName,
  XLSX_MIME,
  type ExportAbout,
} from '@sli/exports-domain';
import { inScope, recordAuditEvent } from '@sli/shared/api-core';
import ExcelJS from 'exceljs';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { describeFilters } from './describe-filters';
import { chooseColumns, EXPORT_LISTS } from './export-lists';
import { ListRunner, type ListPage } from './list-runner.service';

export const EXPORTS_PATH = '/api/exports';

interface ExportRequest {
  list: string;
  format: 'csv' | 'xlsx';
  variables: Record<string, unknown>;
  columns?: string[];
}

/**
 * `POST /api/exports` with `{ list, format, variables, columns? }`: every row of one of the dashboard's
 * paged lists, as CSV or XLSX, streamed page by page. The rows come from the list's own GraphQL query
 * run as the caller, so who may download what is exactly who may read it. The file says what it
 * holds, for which partnership, with which filters, as of when, made when and by whom.
 */
@Controller()
export class ExportsController {
  constructor(
    private readonly runner: ListRunner,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Post(EXPORTS_PATH)
  async download(@Req() req: Request, @Res() res: Response): Promise<void> {
    const caller = req.auth?.caller;
    if (!caller) return fail(res, 401, 'UNAUTHENTICATED', req.auth?.problem ?? 'Sign in to download: no valid session or token was sent');
    const parsed = parseRequest(req.body);
    if (typeof parsed === 'string') return fail(res, 400, 'BAD_USER_INPUT', parsed);
    const list = EXPORT_LISTS[parsed.list];
    if (!list) return fail(res, 400, 'BAD_USER_INPUT', `list: "${parsed.list}" cannot be downloaded; one of ${Object.keys(EXPORT_LISTS).join(', ')}`);
    const unknown = Object.keys(parsed.variables).filter((k) => !list.variables.includes(k));
    if (unknown.length) return fail(res, 400, 'BAD_USER_INPUT', `variables: ${unknown.join(', ')} not a variable of ${list.name} (${list.variables.join(', ')})`);
    let columns;
    try {
      columns = chooseColumns(list, parsed.columns);
    } catch (error) {
      return fail(res, 400, 'BAD_USER_INPUT', (error as Error).message);
    }

    // The first page decides: a caller the list refuses gets the list's own error, before any byte of a file.
    const pages = this.runner.pages(list, parsed.variables, { req, res });
    const first = await pages.next();
    if (first.done) return;
    if ('error' in first.value) return fail(res, first.value.status, first.value.code, first.value.message);

    const { partnershipIds, ...described } = await describeFilters(this.db, caller, parsed.variables, list.words);
    const asOf = list.asOfVariable ? ((parsed.variables[list.asOfVariable] as string | undefined) ?? null) : null;
    const about: ExportAbout = { title: list.title, ...described, asOf, madeAt: new Date(), madeBy: caller.name, rows: first.value.totalCount };
    const filename = exportFileName(list.name, about, parsed.format);
    await this.recordExport(partnershipIds, 'list', list.name, { file: filename, rows: about.rows, filters: about.filters });
    res.status(200);
    res.setHeader('content-type', parsed.format === 'csv' ? CSV_MIME : XLSX_MIME);
    res.setHeader('content-disposition', `attachment; filename="${filename}"`);
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-export-rows', String(first.value.totalCount));

    const rest = async function* (): AsyncGenerator<ListPage> {
      yield first.value as ListPage;
      for await (const page of pages) {
        // Headers are gone: a later page that fails breaks the download rather than end it short.
        if ('error' in page) throw new Error(`Export of ${list.name} stopped: ${page.message}`);
        yield page;
      }
    };
    try {
      if (parsed.format === 'csv') {
        res.write(csvPreamble(columns, about));
        for await (const page of rest()) res.write(page.nodes.map((n) => csvRow(columns, columns.map((c) => c.value(n)))).join(''));
        res.end();
        return;
      }
      const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
      book.creator = caller.name;
      book.created = about.madeAt;
      const sheet = addDataSheet(book, list.title, columns);
      let written = 0;
      for await (const page of rest()) {
        for (const n of page.nodes) addDataRow(sheet, columns, columns.map((c) => c.value(n)));
        written += page.nodes.length;
      }
      sheet.commit();
      addAboutSheet(book, { ...about, rows: written }).commit();
      await book.commit();
    } catch (error) {
      res.destroy(error as Error);
    }
  }

  /**
   * `POST /api/exports/about` with `{ title, filter, asOf }`: the "About this file" block of a table the
   * dashboard already holds (summaries, chart data), worded exactly as a whole-list download words it.
   */
  @Post(`${EXPORTS_PATH}/about`)
  @HttpCode(200)
  async about(@Req() req: Request, @Res() res: Response): Promise<void> {
    const caller = req.auth?.caller;
    if (!caller) return fail(res, 401, 'UNAUTHENTICATED', req.auth?.problem ?? 'Sign in to download: no valid session or token was sent');
    const parsed = parseAbout(req.body);
    if (typeof parsed === 'string') return fail(res, 400, 'BAD_USER_INPUT', parsed);
    // As the permission guard does for GraphQL: a partnership named must be one of the caller's.
    for (const [i, id] of (Array.isArray(parsed.filter['partnershipIds']) ? parsed.filter['partnershipIds'] : []).entries()) {
      if (typeof id !== 'string' || !inScope(caller, id)) return fail(res, 403, 'FORBIDDEN', `filter.partnershipIds[${i}] is not one of your partnerships`);
    }
    const { partnershipIds, ...described } = await describeFilters(this.db, caller, { filter: parsed.filter });
    await this.recordExport(partnershipIds, 'table', null, { title: parsed.title, filters: described.filters });
    res.json({ title: parsed.title, ...described, asOf: parsed.asOf, madeAt: new Date().toISOString(), madeBy: caller.name });
  }

  /** Every download is in the change history of each partnership it covers ("every sign-in and export"). */
  private async recordExport(partnershipIds: readonly string[], entity: 'list' | 'table', entityId: string | null, detail: Record<string, unknown>): Promise<void> {
    for (const partnershipId of partnershipIds.length ? partnershipIds : [null]) {
      await recordAuditEvent(this.db.manager, { action: 'export', entity, entityId, partnershipId, detail });
    }
  }
}

const ABOUT_FILTER_KEYS = ['partnershipIds', 'from', 'to', 'agencyId', 'reviewTypes', 'themeId'];

function parseAbout(body: unknown): { title: string; filter: Record<string, unknown>; asOf: string | null } | string {
  if (!body || typeof body !== 'object') return 'Send a JSON body: { "title": …, "filter": { … }, "asOf": "YYYY-MM-DD" }';
  const b = body as Record<string, unknown>;
  const title = b['title'];
  if (typeof title !== 'string' || title.trim() === '' || title.length > 200) return 'title: required, up to 200 characters';
  const filter = b['filter'] ?? {};
  if (typeof filter !== 'object' || Array.isArray(filter) || filter === null) return 'filter: must be an object';
  const unknown = Object.keys(filter).filter((k) => !ABOUT_FILTER_KEYS.includes(k));
  if (unknown.length) return `filter: ${unknown.join(', ')} not a filter (${ABOUT_FILTER_KEYS.join(', ')})`;
  const asOf = b['asOf'] ?? null;
  if (asOf !== null && (typeof asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf))) return 'asOf: must be a date, YYYY-MM-DD';
  return { title: title.trim(), filter: filter as Record<string, unknown>, asOf };
}

function parseRequest(body: unknown): ExportRequest | string {
  if (!body || typeof body !== 'object') return 'Send a JSON body: { "list": …, "format": "csv" | "xlsx", "variables": { … } }';
  const b = body as Record<string, unknown>;
  if (typeof b['list'] !== 'string') return 'list: required, the name of the list to download';
  if (b['format'] !== 'csv' && b['format'] !== 'xlsx') return 'format: must be "csv" or "xlsx"';
  const variables = b['variables'] ?? {};
  if (typeof variables !== 'object' || Array.isArray(variables) || variables === null) return 'variables: must be an object';
  const columns = b['columns'];
  if (columns !== undefined && (!Array.isArray(columns) || columns.some((c) => typeof c !== 'string'))) return 'columns: must be a list of column keys';
  return { list: b['list'], format: b['format'], variables: variables as Record<string, unknown>, columns: columns as string[] | undefined };
}

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
