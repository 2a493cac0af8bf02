import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { request } from './client';
import { graphql } from './gql';

/** How many agencies one search shows: type more of the name to find one further down. */
export const AGENCY_SEARCH_PAGE = 20;

const AgencySearchQuery = graphql(`
  query AgencySearch($partnershipId: ID, $search: String, $first: Int!) {
    agencies(filter: { partnershipId: $partnershipId, search: $search }, first: $first) {
      totalCount
      nodes {
        id
        name
        partnership {
          id
          name
        }
      }
    }
  }
`);

const AgencyByIdQuery = graphql(`
  query AgencyById($id: ID!) {
    agency(id: $id) {
      id
      name
      partnership {
        id
        name
      }
    }
  }
`);

/** The value, once it has stopped changing for `ms` (so a search is not sent for every key). */
export function useDebouncedValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Agencies whose name contains the text (ignoring case), by name, a page at a time, asked of the
 * server: a partnership's, or with none every agency of the caller's partnerships. The last answer
 * stays shown while the next is on its way.
 */
export function useAgencySearch(partnershipId: string | null, text: string, enabled: boolean) {
  const search = useDebouncedValue(text.trim(), 250);
  return useQuery({
    queryKey: ['agency-search', partnershipId, search],
    queryFn: async () => (await request(AgencySearchQuery, { partnershipId, search: search || null, first: AGENCY_SEARCH_PAGE })).agencies,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** One agency by id with its partnership's name (e.g. the one a shared link's `agencyId` names). */
export function useAgencyById(id: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['agency-by-id', id],
    queryFn: async () => (await request(AgencyByIdQuery, { id: id as string })).agency,
    enabled: enabled && !!id,
    staleTime: 5 * 60_000,
  });
}
