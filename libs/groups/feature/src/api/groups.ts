import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  graphql,
  request,
  type AddGroupMemberInput,
  type CreateGroupInput,
  type CreateMeetingInput,
  type GroupPageQuery,
  type MeetingPageQuery,
  type RecordMeetingDecisionInput,
  type UpdateGroupInput,
  type UpdateGroupMemberInput,
  type UpdateMeetingInput,
} from '@sli/shared/data-access';

const GroupsList = graphql(`
  query GroupsList($partnershipId: ID!) {
    groups(partnershipIds: [$partnershipId]) {
      id
      name
      kind
      cadenceWeeks
      nextMeetingOn
      actionCount
      chair {
        id
        displayName
      }
    }
  }
`);

const GroupPage = graphql(`
  query GroupPage($id: ID!) {
    group(id: $id) {
      id
      partnershipId
      name
      kind
      purpose
      cadenceWeeks
      nextMeetingOn
      actionCount
      chair {
        id
        displayName
      }
      members {
        id
        userId
        name
        displayName
        role
        fromOn
        toOn
        agency {
          id
          name
        }
      }
      meetings {
        id
        meetsOn
        status
        decisions {
          id
        }
      }
    }
  }
`);

const MeetingPage = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      id
      partnershipId
      meetsOn
      status
      minutes
      mayRecord
      group {
        id
        name
        actions {
          id
          ref
          title
        }
      }
      decisions {
        id
        text
        createdAt
        action {
          id
          ref
          title
        }
      }
      pack {
        asOf
        previousMeetingOn
        nextMeetingOn
        actionCount
        changes {
          actionId
          ref
          title
          changedOn
          fromStatus
          toStatus
          changedBy
        }
        overdue {
          ...PackActionFields
        }
        dueBeforeNextMeeting {
          ...PackActionFields
        }
        awaitingSignOff {
          ...PackActionFields
        }
      }
    }
  }

  fragment PackActionFields on PackAction {
    actionId
    ref
    title
    ownerAgency
    dueOn
    status
    closedOn
    daysOverdue
  }
`);

const PartnershipUsers = graphql(`
  query GroupMemberUsers($partnershipId: ID!) {
    users(partnershipId: $partnershipId) {
      id
      name
      disabled
    }
  }
`);

export type GroupDetail = NonNullable<GroupPageQuery['group']>;
export type MeetingDetail = NonNullable<MeetingPageQuery['meeting']>;

export const useGroups = (partnershipId: string | null) =>
  useQuery({ queryKey: ['groups', partnershipId], enabled: Boolean(partnershipId), queryFn: () => request(GroupsList, { partnershipId: partnershipId as string }) });
export const useGroup = (id: string) => useQuery({ queryKey: ['group', id], enabled: Boolean(id), queryFn: () => request(GroupPage, { id }) });
export const useMeeting = (id: string) => useQuery({ queryKey: ['meeting', id], enabled: Boolean(id), queryFn: () => request(MeetingPage, { id }) });
/** The partnership's users with an account, for choosing a member (admins only may list them). */
export const usePartnershipUsers = (partnershipId: string | null, enabled: boolean) =>
  useQuery({
    queryKey: ['group-member-users', partnershipId],
    enabled: enabled && Boolean(partnershipId),
    queryFn: async () =>
      (await request(PartnershipUsers, { partnershipId: partnershipId as string })).users
        .filter((u) => !u.disabled)
        .map((u) => ({ value: u.id, label: u.name }))
        .sort((a, b) => a.label.localeCompare(b.label, 'en-GB')),
  });

const CreateGroup = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
      name
    }
  }
`);
const UpdateGroup = graphql(`
  mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {
    updateGroup(id: $id, input: $input) {
      id
      name
    }
  }
`);
const DeleteGroup = graphql(`
  mutation DeleteGroup($id: ID!) {
    deleteGroup(id: $id) {
      id
      name
    }
  }
`);
const AddMember = graphql(`
  mutation AddGroupMember($input: AddGroupMemberInput!) {
    addGroupMember(input: $input) {
      id
    }
  }
`);
const UpdateMember = graphql(`
  mutation UpdateGroupMember($id: ID!, $input: UpdateGroupMemberInput!) {
    updateGroupMember(id: $id, input: $input) {
      id
    }
  }
`);
const RemoveMember = graphql(`
  mutation RemoveGroupMember($id: ID!) {
    removeGroupMember(id: $id) {
      id
    }
  }
`);
const CreateMeeting = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
      meetsOn
    }
  }
`);
const UpdateMeeting = graphql(`
  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, input: $input) {
      id
      meetsOn
    }
  }
`);
const RecordDecision = graphql(`
  mutation RecordMeetingDecision($input: RecordMeetingDecisionInput!) {
    recordMeetingDecision(input: $input) {
      id
    }
  }
`);
const SendPack = graphql(`
  mutation SendCommitteePack($meetingId: ID!) {
    sendCommitteePack(meetingId: $meetingId) {
      queued
      alreadySent
      withoutAccount
    }
  }
`);

function useChange<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void client.invalidateQueries() });
}

export const useCreateGroup = () => useChange(async (input: CreateGroupInput) => (await request(CreateGroup, { input })).createGroup);
export const useUpdateGroup = (id: string) => useChange(async (input: UpdateGroupInput) => (await request(UpdateGroup, { id, input })).updateGroup);
export const useDeleteGroup = () => useChange(async (id: string) => (await request(DeleteGroup, { id })).deleteGroup);
export const useAddMember = () => useChange(async (input: AddGroupMemberInput) => (await request(AddMember, { input })).addGroupMember);
export const useUpdateMember = (id: string) => useChange(async (input: UpdateGroupMemberInput) => (await request(UpdateMember, { id, input })).updateGroupMember);
export const useRemoveMember = () => useChange(async (id: string) => (await request(RemoveMember, { id })).removeGroupMember);
export const useCreateMeeting = () => useChange(async (input: CreateMeetingInput) => (await request(CreateMeeting, { input })).createMeeting);
export const useUpdateMeeting = (id: string) => useChange(async (input: UpdateMeetingInput) => (await request(UpdateMeeting, { id, input })).updateMeeting);
export const useRecordDecision = () => useChange(async (input: RecordMeetingDecisionInput) => (await request(RecordDecision, { input })).recordMeetingDecision);
export const useSendPack = () => useChange(async (meetingId: string) => (await request(SendPack, { meetingId })).sendCommitteePack);
