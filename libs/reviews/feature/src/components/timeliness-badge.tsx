import type { Timeliness } from '@sli/shared/data-access';
import { TIMELINESS_COLOURS, TIMELINESS_WORDS } from '../lib/timeliness';

/** A timeliness written in words on a coloured badge; nothing when there is none. */
export function TimelinessBadge({ value }: { value: Timeliness | null | undefined }) {
  if (!value) return <>–</>;
  return (
    <span className="badge" style={{ background: TIMELINESS_COLOURS[value] }}>
      {TIMELINESS_WORDS[value]}
    </span>
  );
}
