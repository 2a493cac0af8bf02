import { useQuery } from '@tanstack/react-query';
import type { PublishedScorecard } from '@sli/analytics-domain';

export const publishedDataPath = (token: string) => `/api/embed/scorecards/${encodeURIComponent(token)}`;

/** A published scorecard by its token, from the public endpoint (no sign-in); null when none is published there. */
export function usePublishedScorecard(token: string) {
  return useQuery({
    queryKey: ['oba-published', token],
    queryFn: async (): Promise<PublishedScorecard | null> => {
      const res = await fetch(publishedDataPath(token), { credentials: 'omit' });
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`The scorecard could not be loaded (HTTP ${res.status})`);
      return (await res.json()) as PublishedScorecard;
    },
    retry: false,
  });
}
