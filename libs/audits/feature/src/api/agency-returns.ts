import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  graphql,
  isRecordId,
  request,
  type AuditAgencyReturnInput,
  type AuditReturnFormQuery,
  type AuditReturnsTrackerQuery,
  type InviteAuditAgenciesInput,
  type MyAuditReturnsQuery,
} from '@sli/shared/data-access';

/** A round's tracker: each invited agency, its status as of a day, due and returned dates. */
const Tracker = graphql(`
  query AuditReturnsTracker($auditId: ID!, $asOf: Date!) {
    auditAgencyReturns(auditId: $auditId) {
      id
      sentOn
      dueOn
      returnedOn
      lastRemindedOn
      submittedBy
      status(asOf: $asOf)
      agency {
        id
        name
      }
    }
  }
`);

/** One return with what the round asks (its tool's standards and scale, or its cases) and the agency's rows. */
const ReturnForm = graphql(`
  query AuditReturnForm($id: ID!, $asOf: Date!) {
    auditAgencyReturn(id: $id) {
      id
      kind
      sentOn
      dueOn
      returnedOn
      submittedBy
      summary
      status(asOf: $asOf)
      agency {
        id
        name
      }
      audit {
        id
        ref
        title
        tool {
          name
          version
          ratingScale {
            code
            label
          }
          standards {
            id
            title
            description
            position
          }
        }
        cases {
          id
          ref
        }
      }
      assessments {
        toolStandardId
        selfRating
        narrative
        evidence
        moderatedRating
      }
      caseNarratives {
        auditCaseId
        narrative
      }
    }
  }
`);

const MyReturns = graphql(`
  query MyAuditReturns($asOf: Date!) {
    myAuditReturns {
      id
      kind
      dueOn
      returnedOn
      status(asOf: $asOf)
      audit {
        id
        ref
        title
      }
    }
  }
`);

const Invite = graphql(`
  mutation InviteAuditAgencies($input: InviteAuditAgenciesInput!) {
    inviteAuditAgencies(input: $input) {
      id
    }
  }
`);

const Reinvite = graphql(`
  mutation ReinviteAuditAgency($id: ID!, $dueOn: Date) {
    reinviteAuditAgency(id: $id, dueOn: $dueOn) {
      id
      dueOn
      agency {
        name
      }
    }
  }
`);

const Save = graphql(`
  mutation SaveAuditAgencyReturn($id: ID!, $input: AuditAgencyReturnInput!, $submit: Boolean) {
    saveAuditAgencyReturn(id: $id, input: $input, submit: $submit) {
      id
      returnedOn
      audit {
        id
        ref
      }
    }
  }
`);

export type TrackerRow = AuditReturnsTrackerQuery['auditAgencyReturns'][number];
export type ReturnToFill = NonNullable<AuditReturnFormQuery['auditAgencyReturn']>;
export type MyReturnRow = MyAuditReturnsQuery['myAuditReturns'][number];

export function useAuditReturnsTracker(auditId: string, asOf: string) {
  return useQuery({ queryKey: ['audit-returns', auditId, asOf], enabled: isRecordId(auditId), queryFn: () => request(Tracker, { auditId, asOf }) });
}

export function useAuditReturn(id: string, asOf: string) {
  return useQuery({ queryKey: ['audit-return', id, asOf], enabled: isRecordId(id), queryFn: () => request(ReturnForm, { id, asOf }) });
}

export function useMyAuditReturns(asOf: string) {
  return useQuery({ queryKey: ['my-audit-returns', asOf], queryFn: () => request(MyReturns, { asOf }) });
}

export function useInviteAgencies() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: InviteAuditAgenciesInput) => (await request(Invite, { input })).inviteAuditAgencies,
    onSuccess: () => void client.invalidateQueries(),
  });
}

export function useReinviteAgency() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: { id: string; dueOn: string | null }) => (await request(Reinvite, v)).reinviteAuditAgency,
    onSuccess: () => void client.invalidateQueries(),
  });
}

export function useSaveAuditReturn(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: { input: AuditAgencyReturnInput; submit: boolean }) => (await request(Save, { id, input: v.input, submit: v.submit })).saveAuditAgencyReturn,
    onSuccess: () => void client.invalidateQueries(),
  });
}
