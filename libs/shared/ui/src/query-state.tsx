import type { ReactNode } from 'react';
import { isForbidden } from '@sli/shared/data-access';

interface Props {
  isLoading: boolean;
  error: unknown;
  isEmpty?: boolean;
  empty?: string;
  children: ReactNode;
}

/** Loading, error and empty states, announced to screen readers. A refusal says so in words. */
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
  if (error) {
    return (
      <p className="state error" role="alert">
        Could not load this: {error instanceof Error ? error.message : String(error)}
      </p>
    );
  }
  if (isEmpty) return <p className="state">{empty ?? 'Nothing recorded for these filters.'}</p>;
  return <>{children}</>;
}
