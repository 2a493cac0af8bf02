import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql, request, type AnnualReportNarrativeSection } from '@sli/shared/data-access';

const SaveNarrativeDocument = graphql(`
  mutation AnnualReportSaveNarrative($partnershipId: ID!, $financialYear: String!, $section: AnnualReportNarrativeSection!, $text: String!) {
    saveAnnualReportNarrative(partnershipId: $partnershipId, financialYear: $financialYear, section: $section, text: $text) {
      section
      status
      versionCount
    }
  }
`);

const ApproveNarrativeDocument = graphql(`
  mutation AnnualReportApproveNarrative($partnershipId: ID!, $financialYear: String!, $section: AnnualReportNarrativeSection!, $version: Int!) {
    approveAnnualReportNarrative(partnershipId: $partnershipId, financialYear: $financialYear, section: $section, version: $version) {
      section
      status
    }
  }
`);

const NarrativeHistoryDocument = graphql(`
  query AnnualReportNarrativeHistory($partnershipId: ID!, $financialYear: String!, $section: AnnualReportNarrativeSection!) {
    annualReportNarrativeHistory(partnershipId: $partnershipId, financialYear: $financialYear, section: $section) {
      id
      version
      text
      savedBy
      savedAt
      approvedBy
      approvedAt
    }
  }
`);

export interface NarrativeKey {
  partnershipId: string;
  financialYear: string;
  section: AnnualReportNarrativeSection;
}

/** Saves a narrative section as its next version (a draft until approved). */
export function useSaveNarrative(key: NarrativeKey) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => request(SaveNarrativeDocument, { ...key, text }),
    onSuccess: () => client.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('annual-report') }),
  });
}

/** Approves the version read (the latest) of a narrative section. */
export function useApproveNarrative(key: NarrativeKey) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => request(ApproveNarrativeDocument, { ...key, version }),
    onSuccess: () => client.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('annual-report') }),
  });
}

/** Every saved version of a section, newest first; fetched when the history is opened. */
export function useNarrativeHistory(key: NarrativeKey, enabled: boolean) {
  return useQuery({
    queryKey: ['annual-report-narrative-history', key.partnershipId, key.financialYear, key.section],
    queryFn: async () => (await request(NarrativeHistoryDocument, key)).annualReportNarrativeHistory,
    enabled,
  });
}
