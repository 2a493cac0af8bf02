import type { FormEvent } from 'react';
import { SHEET_KINDS, SHEET_SPECS, type SheetKind } from '@sli/exchange-domain';
import { Field, Radios } from '@sli/shared/ui';

export const FILE_ID = 'import-file';
export const KIND_ID = 'import-kind';

/** The kind's required columns in words: "Review ref, Action, Owner agency, Due date and Status". */
function requiredColumns(kind: SheetKind): string {
  const labels = SHEET_SPECS[kind].columns.filter((c) => c.required).map((c) => c.label);
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}` : (labels[0] ?? '');
}

interface Props {
  partnerships: { id: string; name: string }[];
  partnershipId: string | null;
  onPartnership: (id: string) => void;
  kind: SheetKind | '';
  onKind: (kind: SheetKind | '') => void;
  fileError?: string;
  /** The file input changed: a new file (or none) is chosen. */
  onFile: (file: File | null) => void;
  pending: boolean;
  onSubmit: () => void;
}

/**
 * Step one (GOV.UK file upload): the partnership, the file and what it holds. The file is only read
 * when checked, and nothing is written until the preview's "Import" is pressed.
 */
export function ChooseFileForm({ partnerships, partnershipId, onPartnership, kind, onKind, fileError, onFile, pending, onSubmit }: Props) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="import-choose-heading" className="imp-form">
      <h2 id="import-choose-heading">Choose the file</h2>
      {partnerships.length > 1 ? (
        <Field id="import-partnership" label="Partnership it belongs to">
          {(control) => (
            <select {...control} value={partnershipId ?? ''} onChange={(e) => onPartnership(e.target.value)}>
              {partnerships.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field
        id={FILE_ID}
        label="Upload a file"
        hint="A CSV or Excel (XLSX) file. Titles and notes above the column headings are fine; the first sheet of a workbook is read."
        error={fileError}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            // Choosing the same file again after fixing it must count as a new choice (a browser reports no change otherwise).
            onClick={(e) => {
              e.currentTarget.value = '';
              onFile(null);
            }}
            onChange={(e) => onFile(e.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <Radios
        id={KIND_ID}
        name="kind"
        legend="What does the file hold?"
        options={[
          { value: '', label: 'Work it out from the headers' },
          ...SHEET_KINDS.map((k) => ({ value: k, label: SHEET_SPECS[k].label, hint: `Needs columns for ${requiredColumns(k)}.` })),
        ]}
        value={kind}
        onChange={(k) => onKind(k as SheetKind | '')}
      />
      <div className="button-group">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? 'Checking the file…' : 'Check the file'}
        </button>
      </div>
    </form>
  );
}
