interface Props {
  page: number;
  pageSize: number;
  total: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** What the list holds, in the plural. */
  noun?: string;
}

/** Previous / Next over a cursor-paginated list, with where we are in it. */
export function Pager({ page, pageSize, total, hasNext, onPrevious, onNext, noun = 'reviews' }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      <button type="button" onClick={onPrevious} disabled={page <= 1}>
        Previous page
      </button>
      <span>
        Page {page} of {pages} ({noun} {first}–{last} of {total})
      </span>
      <button type="button" onClick={onNext} disabled={!hasNext}>
        Next page
      </button>
    </nav>
  );
}
