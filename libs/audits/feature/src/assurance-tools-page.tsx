import { Link } from 'react-router';
import { useCan, useFilters, useViewer } from '@sli/shared/data-access';
import { DataTable, FlashMessage, formatDate, PageHeader, PartnershipSelect, QueryState, type Column } from '@sli/shared/ui';
import { useAssuranceTools, type AssuranceToolRow } from './api/assurance-tools';
import { AuditDomainsSection } from './components/audit-domains-section';
import { TOOL_KIND_LABELS, TOOL_STATUS_LABELS } from './tool-labels';

/**
 * The partnership's assurance tools (issue 10): each version of each tool, its standards and rating
 * scale. An admin drafts a tool's next version or a new tool, edits the draft and publishes it (on
 * the tool's page); published versions never change.
 * Below them, the partnership's case-audit domains, which its admins manage here.
 */
export function AssuranceToolsPage() {
  const { filters, setFilters, search } = useFilters();
  const viewer = useViewer();
  const partnershipId = filters.partnershipId ?? viewer.partnerships[0]?.id ?? null;
  const tools = useAssuranceTools(partnershipId);
  const can = useCan();
  const columns: Column<AssuranceToolRow>[] = [
    {
      key: 'name',
      header: 'Tool',
      render: (t) => (
        <Link to={{ pathname: `/admin/assurance-tools/${t.id}`, search }}>
          {t.name}
          <span className="visually-hidden"> (version {t.version})</span>
        </Link>
      ),
    },
    { key: 'kind', header: 'Kind', value: (t) => TOOL_KIND_LABELS[t.kind] },
    { key: 'version', header: 'Version', align: 'right' },
    { key: 'status', header: 'Status', value: (t) => TOOL_STATUS_LABELS[t.status] },
    { key: 'publishedOn', header: 'Published', value: (t) => t.publishedOn ?? '', render: (t) => (t.publishedOn ? formatDate(t.publishedOn) : 'Not published') },
    { key: 'standards', header: 'Standards', align: 'right', value: (t) => t.standards.length },
    { key: 'scale', header: 'Rating scale', value: (t) => t.ratingScale.map((l) => l.label).join(', ') },
  ];
  return (
    <>
      <PageHeader
        title="Assurance tools"
        lead="The standards agencies assess themselves against, and the words of each rating, as this partnership keeps them: every version, so past audits keep the standards they were rated on."
      />
      <FlashMessage />
      <PartnershipSelect value={partnershipId} onChange={(id) => setFilters({ partnershipId: id })} />
      <p>
        Section 11 of the Children Act 2004 sets agencies&rsquo; duties, not standards: the section 11 tool is the partnership&rsquo;s own, drawn from
        Working Together to Safeguard Children 2023. Audit rounds are compared only between versions of one tool with the same standards.
      </p>
      <p>
        New rounds use the version in use. To change a tool, open the version in use and draft its next version; edit the draft, then publish it: the
        version before it is retired, and rounds already on it keep it.
      </p>
      {can('createAssuranceTool') && partnershipId ? (
        <p>
          <Link className="button secondary" to={{ pathname: '/admin/assurance-tools/new', search }}>
            Start a new tool
          </Link>
        </p>
      ) : null}
      <QueryState isLoading={tools.isLoading} error={tools.error} isEmpty={tools.data?.length === 0} empty="This partnership has no assurance tools.">
        <DataTable
          caption="Assurance tools of the partnership, newest version first"
          columns={columns}
          rows={tools.data ?? []}
          exportName="assurance-tools"
          exportFilters="partnership"
          rowKey={(t) => t.id}
        />
      </QueryState>
      {partnershipId ? <AuditDomainsSection partnershipId={partnershipId} /> : null}
    </>
  );
}
