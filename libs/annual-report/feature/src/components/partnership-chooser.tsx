import { Link } from 'react-router';
import { QueryState } from '@sli/shared/ui';
import { useReportPartnerships } from '../api/annual-report';

/** With no partnership chosen: the partnerships to report on, each a link to its report. */
export function PartnershipChooser({ linkTo }: { linkTo: (partnershipId: string) => string }) {
  const partnerships = useReportPartnerships(true);
  const nodes = partnerships.data?.partnerships.nodes ?? [];
  return (
    <section aria-labelledby="ar-choose-h">
      <h2 id="ar-choose-h">Choose a partnership</h2>
      <p>An annual report belongs to one partnership. Choose one in the filters above, or here:</p>
      <QueryState isLoading={partnerships.isLoading} error={partnerships.error} isEmpty={nodes.length === 0} empty="No partnerships to report on.">
        <ul>
          {nodes.map((p) => (
            <li key={p.id}>
              <Link to={linkTo(p.id)}>{p.name}</Link>
            </li>
          ))}
        </ul>
      </QueryState>
    </section>
  );
}
