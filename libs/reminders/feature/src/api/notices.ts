import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql, request, type MyNoticesQuery, type ReminderEmail } from '@sli/shared/data-access';

const MyNoticesDocument = graphql(`
  query MyNotices {
    myNotices(first: 100) {
      reminderEmail
      unread
      nodes {
        id
        kind
        title
        body
        link
        createdAt
        readAt
        email
      }
    }
  }
`);

const MarkNoticesReadDocument = graphql(`
  mutation MarkNoticesRead($ids: [ID!]!) {
    markNoticesRead(ids: $ids)
  }
`);

const SetReminderEmailDocument = graphql(`
  mutation SetReminderEmail($choice: ReminderEmail!) {
    setReminderEmail(choice: $choice)
  }
`);

export type NoticeRow = MyNoticesQuery['myNotices']['nodes'][number];

/** The header's unread count lives under this key too, so marking read refreshes it. */
const KEY = ['account', 'notices'];

/** Your reminders, most recent first, with how they reach you by email. */
export function useMyNotices() {
  return useQuery({ queryKey: KEY, queryFn: async () => (await request(MyNoticesDocument)).myNotices });
}

export function useMarkNoticesRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (ids: string[]) => (await request(MarkNoticesReadDocument, { ids })).markNoticesRead,
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useSetReminderEmail() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (choice: ReminderEmail) => (await request(SetReminderEmailDocument, { choice })).setReminderEmail,
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
