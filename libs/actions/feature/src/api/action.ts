import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  graphql,
  isRecordId,
  request,
  type ActionPlansActionQuery,
  type ChangeActionStatusInput,
} from '@sli/shared/data-access';

const ActionPlansAction = graphql(`
  query ActionPlansAction($id: ID!, $asOf: Date!) {
    action(id: $id) {
      id
      ref
      title
      status
      dueOn
      completedOn
      impactEvidence
      monitoringCommittee
      signedOffBy
      signedOffOn
      signedOffMeeting {
        id
        meetsOn
      }
      group {
        id
        name
        mayRecord
        meetings {
          id
          meetsOn
          status
        }
      }
      brag(asOf: $asOf)
      daysOverdue(asOf: $asOf)
      ownerAgency {
        id
        name
      }
      review {
        id
        ref
        title
      }
      audit {
        id
        ref
        title
      }
      impactAudit {
        id
        ref
        title
        startedOn
        completedOn
        cases {
          overallGrade
        }
      }
      impactMeasure {
        id
        ref
        name
        unit
        polarity
        series(asOf: $asOf) {
          periodStart
          label
          value
        }
      }
      themes {
        id
        name
      }
      updates {
        id
        changedAt
        changedBy
        fromStatus
        toStatus
        note
      }
    }
  }
`);

const ActionPlansChangeStatus = graphql(`
  mutation ActionPlansChangeStatus($id: ID!, $input: ChangeActionStatusInput!) {
    changeActionStatus(id: $id, input: $input) {
      id
      status
      completedOn
    }
  }
`);

const ActionPlansSignOff = graphql(`
  mutation ActionPlansSignOff($id: ID!, $signedOffBy: String!, $signedOffOn: Date!, $meetingId: ID) {
    signOffAction(id: $id, signedOffBy: $signedOffBy, signedOffOn: $signedOffOn, meetingId: $meetingId) {
      id
      signedOffBy
      signedOffOn
    }
  }
`);

export type ActionDetail = NonNullable<ActionPlansActionQuery['action']>;
export type ActionUpdateRow = ActionDetail['updates'][number];

/** One action with its source, owner and update history. */
export function useAction(id: string, asOf: string) {
  return useQuery({
    queryKey: ['actions', 'action', id, asOf],
    // A malformed id names no action: the panel says "not found" without asking.
    enabled: isRecordId(id),
    queryFn: async () => (await request(ActionPlansAction, { id, asOf })).action,
  });
}

/**
 * Moves an action to another status with a note; every figure on every page is refetched after. The
 * refetch is not awaited, so the form's own onSuccess (the confirmation) runs before the form is
 * rebuilt for the new status.
 */
export function useChangeActionStatus(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangeActionStatusInput) => request(ActionPlansChangeStatus, { id, input }),
    onSuccess: () => {
      void client.invalidateQueries();
    },
  });
}

/** Records the committee's sign-off of a complete or cancelled action. */
export function useSignOffAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { signedOffBy: string; signedOffOn: string; meetingId: string | null }) => request(ActionPlansSignOff, { id, ...input }),
    onSuccess: () => {
      void client.invalidateQueries();
    },
  });
}
