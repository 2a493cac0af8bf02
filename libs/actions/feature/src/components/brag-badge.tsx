import type { Brag } from '@sli/shared/data-access';
import { BRAGS } from '../lib/labels';

/** The BRAG word on its colour; "Not rated" for cancelled actions. */
export function BragBadge({ brag }: { brag: Brag | null | undefined }) {
  const b = BRAGS.find((x) => x.brag === brag);
  if (!b) return <span>Not rated</span>;
  return (
    <span className="badge" style={{ background: b.colour }} title={b.meaning}>
      {b.word}
    </span>
  );
}
