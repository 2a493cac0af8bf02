import { useState } from 'react';
import { PageHeader, QueryState } from '@sli/shared/ui';
import { useMyTokens } from './api/tokens';
import { CreateTokenForm } from './components/create-token-form';
import { CreatedToken } from './components/created-token';
import { TokensTable } from './components/tokens-table';
import './auth.css';

/** Your own API tokens, for scripts and reports that call the GraphQL API as you: list, create (secret shown once), revoke. */
export function AccessTokensPage() {
  const tokens = useMyTokens();
  const [created, setCreated] = useState<{ token: string; name: string; expiresAt: string | null } | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  return (
    <div className="account-page">
      <PageHeader
        title="Your access tokens"
        lead="A token lets a script or report tool call the API as you, with your role and partnerships. Revoke any you no longer use."
      />
      {created ? <CreatedToken {...created} onDone={() => setCreated(null)} /> : null}
      {revoked ? (
        <p className="success" role="status">
          Token “{revoked}” revoked. Anything using it can no longer call the API.
        </p>
      ) : null}
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">Tokens</h2>
        <QueryState isLoading={tokens.isLoading} error={tokens.error}>
          <TokensTable
            tokens={tokens.data ?? []}
            onRevoked={(name) => {
              setCreated(null);
              setRevoked(name);
            }}
          />
        </QueryState>
      </section>
      <CreateTokenForm
        onCreated={(c) => {
          setRevoked(null);
          setCreated(c);
        }}
      />
    </div>
  );
}
