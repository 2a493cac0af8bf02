import { useEffect, useId, useState } from 'react';
import { REVIEW_STATUSES } from '../lib/review-types';

interface Props {
  status: string | null;
  q: string;
  onStatus: (value: string) => void;
  onSearch: (value: string) => void;
}

/** The list's own filters: status, and a search of titles applied on submit. */
export function ListControls({ status, q, onStatus, onSearch }: Props) {
  const id = useId();
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  return (
    <div className="filter-bar" style={{ margin: '0.5rem 0 0.75rem' }}>
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={status ?? ''} onChange={(e) => onStatus(e.target.value)}>
          <option value="">All statuses</option>
          {REVIEW_STATUSES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <form
        role="search"
        aria-label="Reviews"
        style={{ display: 'flex', gap: '0.5rem', alignItems: 'flex-end', flexWrap: 'wrap' }}
        onSubmit={(e) => {
          e.preventDefault();
          onSearch(text);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-q`}>Search titles</label>
          <input id={`${id}-q`} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit">Search</button>
        {q ? (
          <button type="button" onClick={() => onSearch('')}>
            Clear search
          </button>
        ) : null}
      </form>
    </div>
  );
}
