import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  graphql,
  isRecordId,
  request,
  type AuditRecordQuery,
  type CreateAuditCaseInput,
  type CreateAuditInput,
  type CreateSection11AssessmentInput,
  type RagRating,
  type UpdateAuditCaseInput,
  type UpdateAuditInput,
  type UpdateSection11AssessmentInput,
} from '@sli/shared/data-access';

/** One audit with what it holds: graded cases (case audits) or agencies' section 11 assessments. */
const AuditRecord = graphql(`
  query AuditRecord($id: ID!) {
    audit(id: $id) {
      id
      ref
      partnershipId
      type
      title
      round
      startedOn
      completedOn
      summary
      leadAgency {
        id
        name
      }
      agencies {
        id
        name
      }
      themes {
        id
        name
      }
      tool {
        id
        name
        version
        ratingScale {
          code
          label
          met
        }
        standards {
          id
          code
          title
          position
        }
      }
      cases {
        id
        ref
        overallGrade
        narrative
        domainGrades {
          domain
          domainLabel
          domainRetired
          grade
          narrative
          agency {
            id
            name
          }
        }
      }
      section11Assessments {
        id
        ref
        standard
        toolStandard {
          code
          title
          position
        }
        selfRating
        moderatedRating
        finalRating
        narrative
        evidence
        moderationNote
        agency {
          id
          name
        }
      }
    }
  }
`);

const CreateAudit = graphql(`
  mutation StartAudit($input: CreateAuditInput!) {
    createAudit(input: $input) {
      id
      ref
    }
  }
`);
const UpdateAudit = graphql(`
  mutation EditAudit($id: ID!, $input: UpdateAuditInput!) {
    updateAudit(id: $id, input: $input) {
      id
      ref
    }
  }
`);
const DeleteAudit = graphql(`
  mutation DeleteAudit($id: ID!) {
    deleteAudit(id: $id) {
      id
      ref
    }
  }
`);
const CreateAuditCase = graphql(`
  mutation AddAuditCase($input: CreateAuditCaseInput!) {
    createAuditCase(input: $input) {
      id
      ref
    }
  }
`);
const UpdateAuditCase = graphql(`
  mutation EditAuditCase($id: ID!, $input: UpdateAuditCaseInput!) {
    updateAuditCase(id: $id, input: $input) {
      id
      ref
    }
  }
`);
const DeleteAuditCase = graphql(`
  mutation DeleteAuditCase($id: ID!) {
    deleteAuditCase(id: $id) {
      id
      ref
    }
  }
`);
const CreateAssessment = graphql(`
  mutation RecordSection11Assessment($input: CreateSection11AssessmentInput!) {
    createSection11Assessment(input: $input) {
      id
      ref
    }
  }
`);
const UpdateAssessment = graphql(`
  mutation EditSection11Assessment($id: ID!, $input: UpdateSection11AssessmentInput!) {
    updateSection11Assessment(id: $id, input: $input) {
      id
      ref
    }
  }
`);
const ModerateAssessment = graphql(`
  mutation ModerateSection11Assessment($id: ID!, $rating: RagRating!, $note: String) {
    moderateSection11Assessment(id: $id, rating: $rating, note: $note) {
      id
      ref
    }
  }
`);
const DeleteAssessment = graphql(`
  mutation DeleteSection11Assessment($id: ID!) {
    deleteSection11Assessment(id: $id) {
      id
      ref
    }
  }
`);

export type AuditRecord = NonNullable<AuditRecordQuery['audit']>;
export type AuditCaseRecord = AuditRecord['cases'][number];
export type AssessmentRecord = AuditRecord['section11Assessments'][number];

export function useAuditRecord(id: string) {
  return useQuery({
    queryKey: ['audit-record', id],
    enabled: isRecordId(id),
    queryFn: async () => (await request(AuditRecord, { id })).audit ?? null,
  });
}

/** A mutation after which every list and figure is refetched (the audits page counts the record). */
function useChange<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  // Awaited, so the page the form returns to shows the change with its confirmation, not the list before it.
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries() });
}

export const useCreateAudit = () => useChange(async (input: CreateAuditInput) => (await request(CreateAudit, { input })).createAudit);
export const useUpdateAudit = (id: string) => useChange(async (input: UpdateAuditInput) => (await request(UpdateAudit, { id, input })).updateAudit);
export const useDeleteAudit = () => useChange(async (id: string) => (await request(DeleteAudit, { id })).deleteAudit);
export const useCreateAuditCase = () => useChange(async (input: CreateAuditCaseInput) => (await request(CreateAuditCase, { input })).createAuditCase);
export const useUpdateAuditCase = (id: string) =>
  useChange(async (input: UpdateAuditCaseInput) => (await request(UpdateAuditCase, { id, input })).updateAuditCase);
export const useDeleteAuditCase = () => useChange(async (id: string) => (await request(DeleteAuditCase, { id })).deleteAuditCase);
export const useCreateAssessment = () =>
  useChange(async (input: CreateSection11AssessmentInput) => (await request(CreateAssessment, { input })).createSection11Assessment);
export const useUpdateAssessment = (id: string) =>
  useChange(async (input: UpdateSection11AssessmentInput) => (await request(UpdateAssessment, { id, input })).updateSection11Assessment);
export const useModerateAssessment = (id: string) =>
  useChange(async (v: { rating: RagRating; note: string | null }) => (await request(ModerateAssessment, { id, ...v })).moderateSection11Assessment);
export const useDeleteAssessment = () => useChange(async (id: string) => (await request(DeleteAssessment, { id })).deleteSection11Assessment);
