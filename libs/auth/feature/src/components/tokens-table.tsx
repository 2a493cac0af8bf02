import { ConfirmButton, DataTable, formatDateTime, type Column } from '@sli/shared/ui';
import { useRevokeToken, type TokenRow } from '../api/tokens';

/** Revoked, expired or usable, in words. */
function state(t: TokenRow, now: number): string {
  if (t.revokedAt) return `Revoked ${formatDateTime(t.revokedAt)}`;
  if (t.expiresAt && Date.parse(t.expiresAt) <= now) return 'Expired';
  return 'Active';
}

/** The user's tokens, newest first, each usable one with a Revoke button that asks first. */
export function TokensTable({ tokens, onRevoked }: { tokens: TokenRow[]; onRevoked: (name: string) => void }) {
  const revoke = useRevokeToken();
  const now = Date.now();
  const columns: Column<TokenRow>[] = [
    { key: 'name', header: 'Name' },
    { key: 'prefix', header: 'Starts with', render: (t) => <code>{t.prefix}…</code> },
    { key: 'createdAt', header: 'Created', value: (t) => t.createdAt, render: (t) => formatDateTime(t.createdAt) },
    { key: 'expiresAt', header: 'Expires', value: (t) => t.expiresAt ?? '', render: (t) => (t.expiresAt ? formatDateTime(t.expiresAt) : 'Never') },
    { key: 'lastUsedAt', header: 'Last used', value: (t) => t.lastUsedAt ?? '', render: (t) => (t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Not used yet') },
    { key: 'state', header: 'Status', value: (t) => state(t, now) },
    {
      key: 'revoke',
      header: 'Revoke',
      value: () => null,
      render: (t) =>
        state(t, now) === 'Active' ? (
          <ConfirmButton
            label={
              <>
                Revoke<span className="visually-hidden"> {t.name}</span>
              </>
            }
            question={`Revoke “${t.name}”? Anything using it will stop working at once.`}
            confirmLabel="Yes, revoke it"
            pending={revoke.isPending && revoke.variables === t.id}
            onConfirm={() => revoke.mutate(t.id, { onSuccess: () => onRevoked(t.name) })}
          />
        ) : (
          '–'
        ),
    },
  ];
  const rows = [...tokens].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return <DataTable caption="Your access tokens" columns={columns} rows={rows} exportName="access-tokens" exportFilters="none" rowKey={(t) => t.id} empty="You have no tokens yet." />;
}
