import type { AuditAgencyReturnRecord, AuditRecord } from '@sli/exchange-domain';
import type { ChildSet, Column } from './section-specs';

/*
 * Agency returns for audit rounds in a bundle (issue 13, migration 1730000003600): each audit lists its
 * invitations as `agencyReturns`, one per agency, matched on re-import by (audit, agency) so the same
 * bundle changes nothing. A self-assessment's ratings and evidence already travel as section11Assessments;
 * a case audit's narratives per case do not travel (a nested record of a nested record has no writer yet).
 */

const value = (name: string, type: Column<AuditAgencyReturnRecord>['type'], get: (r: AuditAgencyReturnRecord) => unknown): Column<AuditAgencyReturnRecord> => ({ name, type, get });

export const auditAgencyReturnsChild: ChildSet<AuditRecord> = {
  field: 'agencyReturns',
  table: 'audit_agency_returns',
  owner: 'audit_id',
  key: ['agency_id'],
  columns: [
    { name: 'agency_id', type: 'text', get: (r: AuditAgencyReturnRecord) => r.agency, references: { table: 'agencies', key: 'ref' } },
    value('sent_on', 'date', (r) => r.sentOn),
    value('due_on', 'date', (r) => r.dueOn),
    value('reminded_on', 'date', (r) => r.remindedOn ?? null),
    value('returned_on', 'date', (r) => r.returnedOn ?? null),
    value('submitted_by', 'text', (r) => r.submittedBy ?? null),
    value('summary', 'text', (r) => r.summary ?? null),
  ] as Column<unknown>[],
  items: (r) => r.agencyReturns ?? [],
};

/** The audits export's `agencyReturns` column: the audit's invitations by agency ref, nulls left out. */
export const AUDIT_RETURNS_EXPORT = `(SELECT json_agg(json_strip_nulls(json_build_object('agency', ra.ref, 'sentOn', rt.sent_on, 'dueOn', rt.due_on,
               'remindedOn', rt.reminded_on, 'returnedOn', rt.returned_on, 'submittedBy', rt.submitted_by, 'summary', rt.summary)) ORDER BY ra.ref COLLATE "C")
             FROM audit_agency_returns rt JOIN agencies ra ON ra.id = rt.agency_id WHERE rt.audit_id = au.id) AS "agencyReturns"`;
