import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCan, useFilters } from '@sli/shared/data-access';
import { ConfirmButton, DataTable, ErrorSummary, FlashMessage, formatDate, PageHeader, QueryState, useFieldProblems, type Column } from '@sli/shared/ui';
import { useDeleteGroup, useGroup, useRemoveMember, type GroupDetail } from './api/groups';
import { cadenceWords, KIND_LABELS, MEETING_STATUS_LABELS, ROLE_LABELS } from './lib/labels';

type Member = GroupDetail['members'][number];
type MeetingRow = GroupDetail['meetings'][number];

const NO_FIELDS = {};

/** A group: its purpose and cadence, its chair today, every member's term (past terms too) and its meetings. */
export function GroupPage() {
  const { id = '' } = useParams();
  const { search } = useFilters();
  const can = useCan();
  const navigate = useNavigate();
  const query = useGroup(id);
  const remove = useDeleteGroup();
  const removeMember = useRemoveMember();
  const problems = useFieldProblems(remove.error ?? removeMember.error, NO_FIELDS, 'group-delete');
  const g = query.data?.group;
  const rows: [string, ReactNode][] = g
    ? [
        ['Kind', KIND_LABELS[g.kind]],
        ['Purpose', g.purpose ?? 'Not recorded'],
        ['Meets', cadenceWords(g.cadenceWeeks)],
        ['Chair today', g.chair?.displayName ?? 'None recorded'],
        ['Next meeting', g.nextMeetingOn ? formatDate(g.nextMeetingOn) : 'Not known'],
        ['Actions it monitors', String(g.actionCount)],
      ]
    : [];
  const memberColumns: Column<Member>[] = [
    { key: 'displayName', header: 'Name', value: (m) => m.displayName },
    { key: 'agency', header: 'Agency', value: (m) => m.agency?.name ?? '' },
    { key: 'role', header: 'Role', value: (m) => ROLE_LABELS[m.role] },
    { key: 'fromOn', header: 'From', render: (m) => formatDate(m.fromOn), value: (m) => m.fromOn },
    { key: 'toOn', header: 'To', render: (m) => (m.toOn ? formatDate(m.toOn) : 'Current'), value: (m) => m.toOn ?? '' },
    ...(can('updateGroupMember')
      ? [
          {
            key: 'change',
            header: 'Change',
            value: () => null,
            render: (m: Member) => (
              <div className="record-actions">
                <Link to={{ pathname: `/groups/${id}/members/${m.id}/edit`, search }}>
                  Change or end<span className="visually-hidden"> the term of {m.displayName}</span>
                </Link>
                <ConfirmButton
                  label={
                    <>
                      Remove<span className="visually-hidden"> the term of {m.displayName}</span>
                    </>
                  }
                  question={`Remove this term of ${m.displayName}? Only for a term recorded in error: to record that someone left, end the term.`}
                  confirmLabel="Yes, remove it"
                  pending={removeMember.isPending}
                  onConfirm={() => removeMember.mutate(m.id)}
                />
              </div>
            ),
          } satisfies Column<Member>,
        ]
      : []),
  ];
  const meetingColumns: Column<MeetingRow>[] = [
    {
      key: 'meetsOn',
      header: 'Date',
      render: (m) => <Link to={{ pathname: `/groups/${id}/meetings/${m.id}`, search }}>{formatDate(m.meetsOn)}</Link>,
      value: (m) => m.meetsOn,
    },
    { key: 'status', header: 'Status', value: (m) => MEETING_STATUS_LABELS[m.status] },
    { key: 'decisions', header: 'Decisions', value: (m) => m.decisions.length, align: 'right' },
  ];
  return (
    <>
      <PageHeader
        title={g ? g.name : 'Group'}
        lead={g ? `${KIND_LABELS[g.kind]} of the partnership: members, chairs and meetings.` : undefined}
        actions={
          <Link to={{ pathname: '/groups', search }} className="no-print">
            Back to groups
          </Link>
        }
      />
      <FlashMessage />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !g} empty="There is no group with this address, or you may not see it.">
        {g ? (
          <>
            <ErrorSummary items={problems.summary} title="The change was not made" />
            {can('updateGroup') ? (
              <div className="record-actions no-print">
                <Link className="button secondary" to={{ pathname: `/groups/${g.id}/edit`, search }}>
                  Edit the group
                </Link>
                <Link className="button secondary" to={{ pathname: `/groups/${g.id}/members/new`, search }}>
                  Add a member
                </Link>
                <Link className="button secondary" to={{ pathname: `/groups/${g.id}/meetings/new`, search }}>
                  Add a meeting
                </Link>
                {can('deleteGroup') ? (
                  <ConfirmButton
                    label="Delete the group"
                    question={`Delete ${g.name} with its members and meetings? Refused while it monitors actions; the change history keeps it.`}
                    confirmLabel="Yes, delete it"
                    pending={remove.isPending}
                    onConfirm={() => remove.mutate(g.id, { onSuccess: (gone) => navigate({ pathname: '/groups', search }, { state: { flash: `${gone.name} deleted.` } }) })}
                  />
                ) : null}
              </div>
            ) : null}
            <dl className="details" data-testid="group-details">
              {rows.map(([term, value]) => (
                <div key={term}>
                  <dt>{term}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
            <h2 id="group-members">Members</h2>
            <DataTable
              caption={`Members of ${g.name}, past and current`}
              columns={memberColumns}
              rows={g.members}
              exportName="group-members"
              exportFilters="none"
              exportDetails={[{ label: 'Group', value: g.name }]}
              rowKey={(m) => m.id}
              empty="No members recorded yet."
            />
            <h2 id="group-meetings">Meetings</h2>
            <DataTable
              caption={`Meetings of ${g.name}, most recent first`}
              columns={meetingColumns}
              rows={g.meetings}
              exportName="group-meetings"
              exportFilters="none"
              exportDetails={[{ label: 'Group', value: g.name }]}
              rowKey={(m) => m.id}
              empty="No meetings recorded yet."
            />
          </>
        ) : null}
      </QueryState>
    </>
  );
}
