import type { UseMutationResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ConfirmButton } from './confirm-button';
import { ErrorSummary } from './error-summary';
import { useFieldProblems } from './field-problems';

const NO_FIELDS = {};

/**
 * Edit and Delete beside a record on its parent's page (a review's findings, an audit's cases), for those who may. Deleting asks first; a
 * refusal (other records depend on it) is shown above the buttons, naming them.
 */
export function RecordControls({
  what,
  editTo,
  remove,
  id,
  onDeleted,
}: {
  /** e.g. "finding F-1", for the buttons' hidden words and the question. */
  what: string;
  editTo: { pathname: string; search: string } | null;
  remove: UseMutationResult<{ ref: string }, Error, string> | null;
  id: string;
  onDeleted: (ref: string) => void;
}) {
  const problems = useFieldProblems(remove?.error ?? null, NO_FIELDS, `delete-${id}`);
  if (!editTo && !remove) return null;
  return (
    <div className="no-print">
      <ErrorSummary items={problems.summary} title={`The ${what.split(' ')[0]} was not deleted`} />
      <div className="record-actions">
        {editTo ? (
          <Link to={editTo}>
            Edit<span className="visually-hidden"> {what}</span>
          </Link>
        ) : null}
        {remove ? (
          <ConfirmButton
            label={
              <>
                Delete<span className="visually-hidden"> {what}</span>
              </>
            }
            question={`Delete ${what}? The change history keeps it.`}
            confirmLabel="Yes, delete it"
            pending={remove.isPending}
            onConfirm={() => remove.mutate(id, { onSuccess: (gone) => onDeleted(gone.ref) })}
          />
        ) : null}
      </div>
    </div>
  );
}
