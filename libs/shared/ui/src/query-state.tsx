import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { isForbidden, isNetworkError } from '@sli/shared/data-access';

interface Props {
  isLoading: boolean;
  error: unknown;
  isEmpty?: boolean;
  empty?: string;
  children: ReactNode;
}

/**
 * Loading, error and empty states, announced to screen readers. A refusal says so in words; any other
 * failure says what happened in plain words and offers "Try again", which asks again for every answer
 * on the page that failed.
 */
export function QueryState({ isLoading, error, isEmpty, empty, children }: Props) {
  if (isLoading) {
    return (
      <p className="state" role="status">
        Loading…
      </p>
    );
  }
  if (isForbidden(error)) {
    return (
      <p className="state error" role="alert">
        You do not have access to this: your role, partnership or agency does not allow it.
      </p>
    );
  }
  if (error) return <QueryError error={error} />;
  if (isEmpty) return <p className="state">{empty ?? 'Nothing recorded for these filters.'}</p>;
  return <>{children}</>;
}

function QueryError({ error }: { error: unknown }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const message = isNetworkError(error)
    ? 'Could not load this: the dashboard could not reach its server. Check your internet connection, then try again.'
    : `Could not load this: ${error instanceof Error ? error.message : String(error)}`;
  const tryAgain = async () => {
    setBusy(true);
    try {
      await queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="state error" role="alert">
      <p>{message}</p>
      <button type="button" className="secondary" disabled={busy} onClick={() => void tryAgain()}>
        {busy ? 'Trying again…' : 'Try again'}
      </button>
    </div>
  );
}
