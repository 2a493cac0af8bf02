import { CAPABILITIES } from '@sli/auth-api';
import { ForbiddenError, recordAuditEvent, type Caller } from '@sli/shared/api-core';
import type { EntityManager } from 'typeorm';
import { ReportMode } from './annual-report.enums';

/** Who may see exact figures: the permission table's `annualReportExact` capability. */
export const EXACT_ROLES = CAPABILITIES['annualReportExact'] ?? [];

/**
 * Exact figures (no small-number suppression) are for internal roles, and each such report is recorded.
 * The GraphQL queries and the PDF route both ask here.
 */
export async function checkReportMode(
  manager: EntityManager,
  caller: Caller | undefined,
  mode: ReportMode,
  partnershipIds: readonly string[] | null,
  year: string,
): Promise<void> {
  if (mode !== ReportMode.EXACT) return;
  if (!caller || !EXACT_ROLES.includes(caller.role)) {
    throw new ForbiddenError(`mode EXACT shows unsuppressed small numbers: your role (${caller?.role ?? 'none'}) reads PUBLISHED figures only`);
  }
  await recordAuditEvent(manager, {
    action: 'exact-report',
    entity: 'annual_report',
    partnershipId: partnershipIds?.length === 1 ? partnershipIds[0] : null,
    detail: { partnershipIds, financialYear: year },
  });
}
