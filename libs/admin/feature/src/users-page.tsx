import { useState } from 'react';
import { useFilters } from '@sli/shared/data-access';
import { PageHeader, PartnershipSelect, QueryState, SuccessMessage } from '@sli/shared/ui';
import { useUsers } from './api/users';
import { AddUserForm } from './components/add-user-form';
import { UsersTable } from './components/users-table';
import './admin.css';

/** The partnership's users: who has access with which role, adding people, and disabling or enabling them. */
export function UsersPage() {
  const { filters, setFilters } = useFilters();
  const partnershipId = filters.partnershipId;
  const users = useUsers(partnershipId);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <>
      <PageHeader title="Users" lead="Who can use the service for this partnership, with which role. Disable anyone who no longer needs access." />
      <PartnershipSelect value={partnershipId} onChange={(id) => setFilters({ partnershipId: id })} />
      <SuccessMessage message={message} />
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">People with access</h2>
        <QueryState isLoading={users.isLoading} error={users.error}>
          <UsersTable users={users.data ?? []} caption="Users of the partnership" onChanged={setMessage} />
        </QueryState>
      </section>
      {partnershipId ? (
        <section className="admin-form">
          <AddUserForm partnershipId={partnershipId} onAdded={(name) => setMessage(`${name} was added. Tell them how to sign in.`)} />
        </section>
      ) : null}
    </>
  );
}
