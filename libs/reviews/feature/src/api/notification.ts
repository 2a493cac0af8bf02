import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  graphql,
  isRecordId,
  request,
  type CreateNotificationInput,
  type NotificationRecordQuery,
  type UpdateNotificationInput,
} from '@sli/shared/data-access';

const NotificationRecord = graphql(`
  query NotificationRecord($id: ID!, $asOf: Date!) {
    notification(id: $id) {
      id
      ref
      partnershipId
      dateAware
      dateNotified
      notificationDueOn
      notificationTimeliness(asOf: $asOf)
      harm
      ageBand
      decision
      summary
      themes {
        id
        name
      }
      reviews {
        id
        ref
        title
        type
        status
        initiatedOn
      }
      referrals {
        id
        ref
        referredOn
        decision
        decidedOn
      }
    }
  }
`);

const CreateNotification = graphql(`
  mutation RecordNotification($input: CreateNotificationInput!) {
    createNotification(input: $input) {
      id
      ref
    }
  }
`);

const UpdateNotification = graphql(`
  mutation EditNotification($id: ID!, $input: UpdateNotificationInput!) {
    updateNotification(id: $id, input: $input) {
      id
      ref
    }
  }
`);

const DeleteNotification = graphql(`
  mutation DeleteNotification($id: ID!) {
    deleteNotification(id: $id) {
      id
      ref
    }
  }
`);

export type NotificationRecordData = NonNullable<NotificationRecordQuery['notification']>;

export function useNotificationRecord(id: string, asOf: string) {
  return useQuery({
    queryKey: ['notification-record', id, asOf],
    enabled: isRecordId(id),
    queryFn: async () => (await request(NotificationRecord, { id, asOf })).notification ?? null,
  });
}

/** Every list and figure may count the record: refetch them all after a change. */
function useRefreshAll() {
  const client = useQueryClient();
  return () => void client.invalidateQueries();
}

export function useCreateNotification() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: async (input: CreateNotificationInput) => (await request(CreateNotification, { input })).createNotification,
    onSuccess: refresh,
  });
}

export function useUpdateNotification(id: string) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: async (input: UpdateNotificationInput) => (await request(UpdateNotification, { id, input })).updateNotification,
    onSuccess: refresh,
  });
}

export function useDeleteNotification() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: async (id: string) => (await request(DeleteNotification, { id })).deleteNotification,
    onSuccess: refresh,
  });
}
