import { useQuery } from '@tanstack/react-query';
import { graphql } from './gql';
import { request } from './client';

const PartnershipChoicesQuery = graphql(`
  query PartnershipChoices($partnershipId: ID!) {
    agencies(filter: { partnershipId: $partnershipId }, first: 500) {
      nodes {
        id
        name
      }
    }
    themes(filter: { partnershipId: $partnershipId }, first: 500) {
      nodes {
        id
        name
      }
    }
  }
`);

export interface Choice {
  value: string;
  label: string;
}

/** A partnership's agencies and themes, by name, as choices for a form's autocomplete. */
export function usePartnershipChoices(partnershipId: string | null | undefined) {
  return useQuery({
    queryKey: ['partnership-choices', partnershipId],
    enabled: Boolean(partnershipId),
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const data = await request(PartnershipChoicesQuery, { partnershipId: partnershipId as string });
      const byName = (a: Choice, b: Choice) => a.label.localeCompare(b.label, 'en-GB');
      return {
        agencies: data.agencies.nodes.map((a) => ({ value: a.id, label: a.name })).sort(byName),
        themes: data.themes.nodes.map((t) => ({ value: t.id, label: t.name })).sort(byName),
      };
    },
  });
}
