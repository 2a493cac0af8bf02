import { useViewer } from '@sli/shared/data-access';
import { ConfirmButton, DataTable, formatDateTime, type Column } from '@sli/shared/ui';
import { useUpdateUser, type UserRow } from '../api/users';
import { ROLES } from '../lib/roles';

/** The partnership's users; each (but yourself) can be disabled or enabled again, after a confirmation. */
export function UsersTable({ users, caption, onChanged }: { users: UserRow[]; caption: string; onChanged: (message: string) => void }) {
  const viewer = useViewer();
  const update = useUpdateUser();
  const columns: Column<UserRow>[] = [
    { key: 'name', header: 'Name' },
    { key: 'email', header: 'Email address' },
    { key: 'role', header: 'Role', value: (u) => ROLES[u.role].label },
    { key: 'agency', header: 'Agency', value: (u) => u.agency?.name ?? null },
    { key: 'status', header: 'Status', value: (u) => (u.disabled ? 'Disabled' : 'Active') },
    { key: 'lastSignInAt', header: 'Last signed in', value: (u) => u.lastSignInAt ?? '', render: (u) => (u.lastSignInAt ? formatDateTime(u.lastSignInAt) : 'Never') },
    { key: 'createdAt', header: 'Added', value: (u) => u.createdAt, render: (u) => formatDateTime(u.createdAt) },
    {
      key: 'change',
      header: 'Access',
      value: () => null,
      render: (u) =>
        u.id === viewer.id ? (
          'You'
        ) : (
          <ConfirmButton
            // A new button once the user's state changes, asking the opposite question.
            key={String(u.disabled)}
            label={
              <>
                {u.disabled ? 'Enable' : 'Disable'}
                <span className="visually-hidden"> {u.name}</span>
              </>
            }
            question={u.disabled ? `Enable ${u.name}? They will be able to sign in again.` : `Disable ${u.name}? They will be signed out at once and cannot sign in.`}
            confirmLabel={u.disabled ? 'Yes, enable' : 'Yes, disable'}
            warning={!u.disabled}
            pending={update.isPending && update.variables?.id === u.id}
            onConfirm={() =>
              update.mutate(
                { id: u.id, input: { disabled: !u.disabled } },
                { onSuccess: () => onChanged(u.disabled ? `${u.name} can sign in again.` : `${u.name} is disabled and has been signed out.`) },
              )
            }
          />
        ),
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={users} exportName="users" exportFilters="partnership" rowKey={(u) => u.id} empty="No users yet." />;
}
