import type { OfstedGrade } from '@sli/shared/data-access';
import { GRADE_WORDS } from '../labels';

export interface GridDomain {
  code: string;
  name: string;
}

export interface GridAgency {
  id: string;
  name: string;
}

const GRADE_OPTIONS = (Object.keys(GRADE_WORDS) as OfstedGrade[]).map((value) => ({ value, label: GRADE_WORDS[value] }));

/** A grid cell's form field: `grade-<domain code>@<agency id>`. */
export const agencyGradeField = (domain: string, agencyId: string) => `grade-${domain}@${agencyId}`;

/**
 * Each agency's own grade per domain (optional): agencies down, domains across, a grade chooser in
 * each cell. On a narrow screen the table stacks, one agency at a time, each chooser named by its domain.
 */
export function AgencyGradeGrid(props: {
  id: string;
  domains: readonly GridDomain[];
  agencies: readonly GridAgency[];
  values: Record<string, string>;
  onChange: (field: string, value: string) => void;
  error?: string;
}) {
  const { id, domains, agencies, values, onChange, error } = props;
  return (
    <div className={error ? 'form-group form-group-error' : 'form-group'}>
      <fieldset aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`} data-testid="agency-grade-grid">
        <legend id={id}>Grades by agency (optional)</legend>
        <p id={`${id}-hint`} className="hint">
          Where the auditors graded each agency&rsquo;s own part in a domain. Leave a cell not graded when the agency had no part in it.
        </p>
        {error ? (
          <p id={`${id}-error`} className="field-error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        {agencies.length === 0 ? (
          <p className="state">No agency takes part in this audit: add the agencies to the audit to grade them one by one.</p>
        ) : (
          <div className="table-scroll">
            <table className="stackable">
              <caption className="visually-hidden">Grade of each agency in each domain</caption>
              <thead>
                <tr>
                  <th scope="col">Agency</th>
                  {domains.map((d) => (
                    <th key={d.code} scope="col">
                      {d.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {agencies.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.name}</th>
                    {domains.map((d) => {
                      const field = agencyGradeField(d.code, a.id);
                      return (
                        <td key={d.code} data-label={d.name}>
                          <select aria-label={`${a.name}: ${d.name}`} value={values[field] ?? ''} onChange={(e) => onChange(field, e.target.value)}>
                            <option value="">Not graded</option>
                            {GRADE_OPTIONS.map((o) => (
                              <option key={o.value} value={o.value}>
                                {o.label}
                              </option>
                            ))}
                          </select>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </fieldset>
    </div>
  );
}
