import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { CAPABILITIES } from '@sli/auth-api';
import { isSheetKind, SHEET_KINDS, type ColumnMapping } from '@sli/exchange-domain';
import { XLSX_MIME } from '@sli/exports-domain';
import { APP_CONFIG, AppConfig, IMPORT_PATH } from '@sli/shared/api-core';
import express, { type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { errorReport } from './error-report';
import { SpreadsheetImportService } from './spreadsheet-import.service';

export const SPREADSHEET_PATH = `${IMPORT_PATH}/spreadsheet`;

/**
 * `POST /api/import/spreadsheet?partnership=REF[&as=KIND][&commit=true][&format=xlsx]`: the file as
 * the request body (its name in `X-File-Name`, URI-encoded), an optional `mapping` parameter
 * (JSON, field → header). Without `commit=true` it is a preview and writes nothing. Answers the
 * outcome as JSON (HTTP 422 when a commit is refused for its problems), or with `format=xlsx` the
 * problems as a workbook. Admins only, in their own partnerships.
 */
@Controller()
export class SpreadsheetImportController {
  private readonly parse: express.RequestHandler;
  private readonly limit: string;

  constructor(
    private readonly sheets: SpreadsheetImportService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.parse = express.raw({ type: () => true, limit: config.IMPORT_BODY_LIMIT });
    this.limit = config.IMPORT_BODY_LIMIT;
  }

  @Post(SPREADSHEET_PATH)
  @HttpCode(200)
  async importSpreadsheet(@Req() req: Request, @Res() res: Response): Promise<void> {
    const caller = req.auth?.caller;
    if (!caller) return fail(res, 401, 'UNAUTHENTICATED', req.auth?.problem ?? 'Sign in, or send a personal access token: Authorization: Bearer sli_pat_…');
    // The business unit imports registers: the same role that records them by hand (the importSpreadsheet capability).
    if (!CAPABILITIES['importSpreadsheet']?.includes(caller.role)) return fail(res, 403, 'FORBIDDEN', `Your role (${caller.role}) may not import spreadsheets`);

    const query = req.query as Record<string, string | undefined>;
    const partnership = query['partnership'];
    if (!partnership) return fail(res, 400, 'BAD_USER_INPUT', 'partnership: give the partnership\'s ref, e.g. ?partnership=NSCP', 'partnership');
    const kind = query['as'] ?? null;
    if (kind !== null && !isSheetKind(kind)) return fail(res, 400, 'BAD_USER_INPUT', `as: must be one of ${SHEET_KINDS.join(', ')}`, 'as');
    let mapping: ColumnMapping | null = null;
    if (query['mapping']) {
      try {
        mapping = JSON.parse(query['mapping']) as ColumnMapping;
        if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) throw new Error('not an object');
      } catch {
        return fail(res, 400, 'BAD_USER_INPUT', 'mapping: must be a JSON object of field → header, e.g. {"dueOn":"Target date"}', 'mapping');
      }
    }
    try {
      await new Promise<void>((resolve, reject) => this.parse(req, res, (error?: unknown) => (error ? reject(error) : resolve())));
    } catch (error) {
      if ((error as { type?: string }).type === 'entity.too.large') {
        return fail(res, 413, 'PAYLOAD_TOO_LARGE', `The file is larger than the limit of ${this.limit} (IMPORT_BODY_LIMIT)`);
      }
      throw error;
    }
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const fileName = decodeName(req.header('x-file-name'));
    try {
      const outcome = await this.sheets.run({ bytes, fileName, partnership, kind, mapping, commit: query['commit'] === 'true' }, caller.name);
      if (query['format'] === 'xlsx') {
        const [p] = (await this.dataSource.query(`SELECT name FROM partnerships WHERE ref = $1`, [partnership])) as { name: string }[];
        const file = await errorReport(outcome, caller.name, p?.name ?? partnership);
        res.setHeader('content-type', XLSX_MIME);
        res.setHeader('content-disposition', `attachment; filename="${reportName(fileName)}"`);
        res.end(file);
        return;
      }
      res.status(query['commit'] === 'true' && !outcome.committed ? 422 : 200).json(outcome);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const code = String(error.extensions['code'] ?? 'BAD_USER_INPUT');
      res.status(code === 'FORBIDDEN' ? 403 : 400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    }
  }
}

function decodeName(header: string | undefined): string {
  if (!header) return 'upload';
  try {
    return decodeURIComponent(header).replace(/[\\/]/g, '_').slice(0, 200);
  } catch {
    return 'upload';
  }
}

function reportName(fileName: string): string {
  return `${fileName.replace(/\.(csv|xlsx)$/i, '').replace(/[^A-Za-z0-9+._-]+/g, '-')}_problems.xlsx`;
}

function fail(res: Response, status: number, code: string, message: string, field?: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...(field ? { fields: [{ field, message: message.replace(/^\w+: /, '') }] } : {}) } }] });
}
