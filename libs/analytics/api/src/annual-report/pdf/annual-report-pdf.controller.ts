import { Controller, Get, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isAllowed, PERMISSIONS } from '@sli/auth-api';
import { ANALYTICS_READS, createRequestContext, inScope } from '@sli/shared/api-core';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { checkReportMode } from '../annual-report.access';
import { ReportMode } from '../annual-report.enums';
import { ReportPdfService } from './report-pdf.service';

export const ANNUAL_REPORT_PDF_PATH = '/api/annual-report.pdf';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FINANCIAL_YEAR = /^\d{4}\/\d{2}$/;
const MODES: readonly string[] = Object.values(ReportMode);

/**
 * `GET /api/annual-report.pdf?partnershipId=…&financialYear=2025/26&mode=published|exact`: the annual
 * report as a tagged PDF, a board paper. The same rules as the `annualReport` query: a role that may read
 * the report, a partnership in the caller's scope, and exact figures only for the `annualReportExact`
 * capability (recorded). Errors answer `{ errors: [...] }` like GraphQL, naming the field at fault.
 */
@Controller()
export class AnnualReportPdfController {
  constructor(
    private readonly pdf: ReportPdfService,
    @InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource,
  ) {}

  @Get(ANNUAL_REPORT_PDF_PATH)
  async annualReportPdf(@Req() req: Request, @Res() res: Response): Promise<void> {
    const caller = req.auth?.caller;
    if (!caller) return fail(res, 401, 'UNAUTHENTICATED', req.auth?.problem ?? 'Sign in to continue: no valid session or token was sent');
    if (!isAllowed(PERMISSIONS['annualReport'], caller.role)) {
      return fail(res, 403, 'FORBIDDEN', `Your role (${caller.role}) may not read the annual report`);
    }
    const partnershipId = param(req, 'partnershipId');
    const financialYear = param(req, 'financialYear');
    const mode = (param(req, 'mode') ?? ReportMode.PUBLISHED).toLowerCase();
    const problems = [
      ...(partnershipId && UUID.test(partnershipId) ? [] : [{ field: 'partnershipId', message: 'must be the id (a UUID) of a partnership' }]),
      ...(financialYear && FINANCIAL_YEAR.test(financialYear) ? [] : [{ field: 'financialYear', message: 'must be a financial year such as 2024/25' }]),
      ...(MODES.includes(mode) ? [] : [{ field: 'mode', message: `must be one of ${MODES.join(', ')}` }]),
    ];
    if (problems.length > 0 || !partnershipId || !financialYear) {
      return fail(res, 400, 'BAD_USER_INPUT', `Invalid query: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, { fields: problems });
    }
    if (!inScope(caller, partnershipId)) return fail(res, 403, 'FORBIDDEN', 'This partnership is not one of yours');
    try {
      await checkReportMode(this.dataSource.manager, caller, mode as ReportMode, [partnershipId], financialYear);
      const made = await this.pdf.make(createRequestContext({ req, res }), partnershipId, financialYear, mode as ReportMode, caller);
      if (!made) return fail(res, 404, 'NOT_FOUND', `Partnership ${partnershipId} was not found`);
      res
        .status(200)
        .type('application/pdf')
        .setHeader('content-disposition', `attachment; filename="${made.fileName}"`)
        .setHeader('cache-control', 'private, no-store')
        .send(made.bytes);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const code = String(error.extensions['code'] ?? 'BAD_USER_INPUT');
      const status = code === 'FORBIDDEN' ? 403 : code === 'NOT_FOUND' ? 404 : 400;
      fail(res, status, code, error.message, { ...error.extensions });
    }
  }
}

function param(req: Request, name: string): string | undefined {
  const v = req.query[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function fail(res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { ...extensions, code } }] });
}
