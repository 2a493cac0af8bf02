import { useState } from 'react';
import { useCan, useFilters, useViewer } from '@sli/shared/data-access';
import { ConfirmButton, DataTable, ErrorSummary, PageHeader, PartnershipSelect, QueryState, SuccessMessage, useFieldProblems, type Column } from '@sli/shared/ui';
import { useAgencies, useDeleteAgency, type AgencyRow } from './api/agencies';
import { AgencyForm } from './components/agency-form';
import { SECTORS } from './lib/sectors';

const NO_FIELDS = {};

/**
 * The partnership's agencies: who can own actions, take part in reviews and audits and book training.
 * Adding one, and changing its name, sector, membership or reference; deleting one no record names
 * (the API refuses, naming the records, while any does).
 */
export function AgenciesPage() {
  const { filters, setFilters } = useFilters();
  const viewer = useViewer();
  const partnershipId = filters.partnershipId ?? viewer.partnerships[0]?.id ?? null;
  const agencies = useAgencies(partnershipId);
  const can = useCan();
  const remove = useDeleteAgency();
  const deleteProblems = useFieldProblems(remove.error, NO_FIELDS, 'agency-delete');
  const [editing, setEditing] = useState<AgencyRow | null>(null);
  const [message, setMessage] = useState('');
  const finish = (m: string) => {
    setEditing(null);
    if (m) setMessage(m);
  };
  const rows = agencies.data?.nodes ?? [];
  const columns: Column<AgencyRow>[] = [
    { key: 'name', header: 'Name' },
    { key: 'sector', header: 'Sector', value: (a) => SECTORS[a.sector] },
    { key: 'isCoreMember', header: 'Member', value: (a) => (a.isCoreMember ? 'Yes' : 'No') },
    { key: 'ref', header: 'Reference' },
    {
      key: 'change',
      header: 'Change',
      value: () => null,
      render: (a) => (
        <div className="record-actions">
          <button type="button" className="link-button" onClick={() => setEditing(a)}>
            Change<span className="visually-hidden"> {a.name}</span>
          </button>
          {can('deleteAgency') ? (
            <ConfirmButton
              label={
                <>
                  Delete<span className="visually-hidden"> {a.name}</span>
                </>
              }
              question={`Delete ${a.name}? It is refused while records name the agency; the change history keeps it.`}
              confirmLabel="Yes, delete it"
              pending={remove.isPending}
              onConfirm={() =>
                remove.mutate(a.id, {
                  onSuccess: (gone) => {
                    if (editing?.id === a.id) setEditing(null);
                    setMessage(`${gone.name} deleted.`);
                  },
                })
              }
            />
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader title="Agencies" lead="The agencies of the partnership: they own actions, take part in reviews and audits, and book training." />
      <PartnershipSelect value={partnershipId} onChange={(id) => setFilters({ partnershipId: id })} />
      <SuccessMessage message={message} />
      <section aria-labelledby="agencies-heading">
        <h2 id="agencies-heading">{agencies.data ? `${agencies.data.totalCount} ${agencies.data.totalCount === 1 ? 'agency' : 'agencies'}` : 'Agencies'}</h2>
        <ErrorSummary items={deleteProblems.summary} title="The agency was not deleted" />
        <QueryState isLoading={agencies.isLoading} error={agencies.error}>
          <DataTable
            caption="Agencies of the partnership"
            columns={columns}
            rows={rows}
            exportName="agencies"
            exportFilters="partnership"
            rowKey={(a) => a.id}
            empty="No agency yet: add the first below."
          />
          {agencies.data && agencies.data.totalCount > rows.length ? (
            <p className="hint">The first {rows.length} of {agencies.data.totalCount}, by name.</p>
          ) : null}
        </QueryState>
      </section>
      {partnershipId ? (
        <section className="agency-form-section">
          {editing ? (
            <AgencyForm key={editing.id} partnershipId={partnershipId} agency={editing} onDone={finish} />
          ) : (
            <AgencyForm key={`new-${partnershipId}`} partnershipId={partnershipId} onDone={finish} />
          )}
        </section>
      ) : null}
    </>
  );
}
