import { Link } from 'react-router';
import { useCan, useFilters, useViewer, type GroupsListQuery } from '@sli/shared/data-access';
import { DataTable, FlashMessage, formatDate, PageHeader, PartnershipSelect, QueryState, type Column } from '@sli/shared/ui';
import { useGroups } from './api/groups';
import { cadenceWords, KIND_LABELS } from './lib/labels';

type Row = GroupsListQuery['groups'][number];

const columns = (search: string): Column<Row>[] => [
  { key: 'name', header: 'Group', render: (g) => <Link to={{ pathname: `/groups/${g.id}`, search }}>{g.name}</Link>, value: (g) => g.name },
  { key: 'kind', header: 'Kind', value: (g) => KIND_LABELS[g.kind] },
  { key: 'chair', header: 'Chair today', value: (g) => g.chair?.displayName ?? 'None recorded' },
  { key: 'cadence', header: 'Meets', value: (g) => cadenceWords(g.cadenceWeeks) },
  { key: 'nextMeetingOn', header: 'Next meeting', render: (g) => (g.nextMeetingOn ? formatDate(g.nextMeetingOn) : 'Not known'), value: (g) => g.nextMeetingOn ?? '' },
  { key: 'actionCount', header: 'Actions monitored', value: (g) => g.actionCount, align: 'right' },
];

/** The partnership's board, executive, subgroups and forums: who chairs each, how often it meets, what it monitors. */
export function GroupsPage() {
  const { filters, setFilters, search } = useFilters();
  const viewer = useViewer();
  const can = useCan();
  const partnershipId = filters.partnershipId ?? viewer.partnerships[0]?.id ?? null;
  const groups = useGroups(partnershipId);
  return (
    <>
      <PageHeader
        title="Groups and meetings"
        lead="The board, executive, subgroups and forums of the partnership: their members and chairs, their meetings and the committee pack for each."
        actions={
          can('createGroup') ? (
            <Link className="button no-print" to={{ pathname: '/groups/new', search }}>
              Add a group
            </Link>
          ) : undefined
        }
      />
      <FlashMessage />
      <PartnershipSelect value={partnershipId} onChange={(id) => setFilters({ partnershipId: id })} />
      <QueryState isLoading={groups.isLoading} error={groups.error}>
        <DataTable
          caption="Groups of the partnership"
          columns={columns(search)}
          rows={groups.data?.groups ?? []}
          exportName="groups"
          exportFilters="partnership"
          rowKey={(g) => g.id}
          empty="No groups recorded yet."
        />
      </QueryState>
    </>
  );
}
