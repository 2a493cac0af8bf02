import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  graphql,
  isRecordId,
  request,
  type CreateTrainingAttendanceInput,
  type CreateTrainingCourseInput,
  type CreateTrainingSessionInput,
  type TrainingCourseRecordQuery,
  type TrainingEvaluationInput,
  type TrainingFollowUpInput,
  type TrainingSessionRecordQuery,
  type UpdateTrainingAttendanceInput,
  type UpdateTrainingCourseInput,
  type UpdateTrainingSessionInput,
} from '@sli/shared/data-access';

const TrainingCourseRecord = graphql(`
  query TrainingCourseRecord($id: ID!) {
    trainingCourse(id: $id) {
      id
      ref
      partnershipId
      title
      description
      durationHours
      multiAgency
      themes {
        id
        name
      }
      sessions {
        id
        ref
        sessionDate
        delivery
        capacity
        booked
        attended
      }
    }
  }
`);

const TrainingSessionRecord = graphql(`
  query TrainingSessionRecord($id: ID!) {
    trainingSession(id: $id) {
      id
      ref
      partnershipId
      sessionDate
      capacity
      delivery
      booked
      attended
      didNotAttend
      course {
        id
        ref
        title
        multiAgency
        durationHours
        themes {
          id
          name
        }
      }
      attendances {
        id
        ref
        createdAt
        agencyId
        agency {
          id
          name
        }
        role
        attended
        evaluation {
          confidenceBefore
          confidenceAfter
          satisfaction
          comment
          submittedOn
        }
        followUp {
          sentOn
          respondedOn
          changedPractice
          example
        }
      }
    }
  }
`);

/** A partnership's courses, for the session form's choice of course. */
const TrainingCourseChoices = graphql(`
  query TrainingCourseChoices($partnershipId: ID!) {
    trainingCourses(filter: { partnershipId: $partnershipId }, first: 500) {
      nodes {
        id
        title
      }
    }
  }
`);

/** A partnership's courses for the training page's list (a partnership runs tens, not thousands). */
const TrainingCourseList = graphql(`
  query TrainingCourseList($partnershipId: ID!) {
    trainingCourses(filter: { partnershipId: $partnershipId }, first: 200) {
      totalCount
      nodes {
        id
        ref
        title
        multiAgency
        durationHours
      }
    }
  }
`);

const CreateTrainingCourse = graphql(`
  mutation AddTrainingCourse($input: CreateTrainingCourseInput!) {
    createTrainingCourse(input: $input) {
      id
      ref
      title
    }
  }
`);

const UpdateTrainingCourse = graphql(`
  mutation EditTrainingCourse($id: ID!, $input: UpdateTrainingCourseInput!) {
    updateTrainingCourse(id: $id, input: $input) {
      id
      ref
      title
    }
  }
`);

const DeleteTrainingCourse = graphql(`
  mutation DeleteTrainingCourse($id: ID!) {
    deleteTrainingCourse(id: $id) {
      id
      ref
      title
    }
  }
`);

const CreateTrainingSession = graphql(`
  mutation AddTrainingSession($input: CreateTrainingSessionInput!) {
    createTrainingSession(input: $input) {
      id
      ref
    }
  }
`);

const UpdateTrainingSession = graphql(`
  mutation EditTrainingSession($id: ID!, $input: UpdateTrainingSessionInput!) {
    updateTrainingSession(id: $id, input: $input) {
      id
      ref
    }
  }
`);

const DeleteTrainingSession = graphql(`
  mutation DeleteTrainingSession($id: ID!) {
    deleteTrainingSession(id: $id) {
      id
      ref
      courseId
    }
  }
`);

const CreateTrainingAttendance = graphql(`
  mutation BookTrainingPlace($input: CreateTrainingAttendanceInput!) {
    createTrainingAttendance(input: $input) {
      id
      ref
    }
  }
`);

const UpdateTrainingAttendance = graphql(`
  mutation EditTrainingBooking($id: ID!, $input: UpdateTrainingAttendanceInput!) {
    updateTrainingAttendance(id: $id, input: $input) {
      id
      ref
    }
  }
`);

const DeleteTrainingAttendance = graphql(`
  mutation DeleteTrainingBooking($id: ID!) {
    deleteTrainingAttendance(id: $id) {
      id
      ref
    }
  }
`);

const RecordTrainingEvaluation = graphql(`
  mutation RecordTrainingEvaluation($attendanceId: ID!, $input: TrainingEvaluationInput!) {
    recordTrainingEvaluation(attendanceId: $attendanceId, input: $input) {
      id
      ref
    }
  }
`);

const RecordTrainingFollowUp = graphql(`
  mutation RecordTrainingFollowUp($attendanceId: ID!, $input: TrainingFollowUpInput!) {
    recordTrainingFollowUp(attendanceId: $attendanceId, input: $input) {
      id
      ref
    }
  }
`);

export type CourseRecord = NonNullable<TrainingCourseRecordQuery['trainingCourse']>;
export type SessionRecord = NonNullable<TrainingSessionRecordQuery['trainingSession']>;
export type Booking = SessionRecord['attendances'][number];

export function useCourseRecord(id: string | undefined) {
  return useQuery({
    queryKey: ['training-course-record', id],
    enabled: isRecordId(id ?? ''),
    queryFn: async () => (await request(TrainingCourseRecord, { id: id as string })).trainingCourse ?? null,
  });
}

/**
 * A session with its register in the order the places were booked (a register imported at once, all
 * booked at the same moment, keeps its references' order).
 */
export function useSessionRecord(id: string) {
  return useQuery({
    queryKey: ['training-session-record', id],
    enabled: isRecordId(id),
    queryFn: async () => {
      const session = (await request(TrainingSessionRecord, { id })).trainingSession ?? null;
      if (!session) return null;
      const attendances = [...session.attendances].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
      return { ...session, attendances };
    },
  });
}

/** The partnership's courses by title, as choices for an autocomplete. */
export function useCourseChoices(partnershipId: string | null | undefined) {
  return useQuery({
    queryKey: ['training-course-choices', partnershipId],
    enabled: Boolean(partnershipId),
    queryFn: async () =>
      (await request(TrainingCourseChoices, { partnershipId: partnershipId as string })).trainingCourses.nodes
        .map((c) => ({ value: c.id, label: c.title }))
        .sort((a, b) => a.label.localeCompare(b.label, 'en-GB')),
  });
}

export function useCourseList(partnershipId: string | null | undefined) {
  return useQuery({
    queryKey: ['training-course-list', partnershipId],
    enabled: Boolean(partnershipId),
    queryFn: async () => (await request(TrainingCourseList, { partnershipId: partnershipId as string })).trainingCourses,
  });
}

/** Every list and figure may count the record: refetch them all after a change. */
function useRefreshAll() {
  const client = useQueryClient();
  return () => void client.invalidateQueries();
}

/** A mutation that refreshes every query once it has succeeded. */
function useChange<V, R>(fn: (variables: V) => Promise<R>) {
  const refresh = useRefreshAll();
  return useMutation({ mutationFn: fn, onSuccess: refresh });
}

export const useCreateCourse = () => useChange(async (input: CreateTrainingCourseInput) => (await request(CreateTrainingCourse, { input })).createTrainingCourse);
export const useUpdateCourse = (id: string) =>
  useChange(async (input: UpdateTrainingCourseInput) => (await request(UpdateTrainingCourse, { id, input })).updateTrainingCourse);
export const useDeleteCourse = () => useChange(async (id: string) => (await request(DeleteTrainingCourse, { id })).deleteTrainingCourse);

export const useCreateSession = () => useChange(async (input: CreateTrainingSessionInput) => (await request(CreateTrainingSession, { input })).createTrainingSession);
export const useUpdateSession = (id: string) =>
  useChange(async (input: UpdateTrainingSessionInput) => (await request(UpdateTrainingSession, { id, input })).updateTrainingSession);
export const useDeleteSession = () => useChange(async (id: string) => (await request(DeleteTrainingSession, { id })).deleteTrainingSession);

export const useCreateBooking = () =>
  useChange(async (input: CreateTrainingAttendanceInput) => (await request(CreateTrainingAttendance, { input })).createTrainingAttendance);
export const useUpdateBooking = (id: string) =>
  useChange(async (input: UpdateTrainingAttendanceInput) => (await request(UpdateTrainingAttendance, { id, input })).updateTrainingAttendance);
export const useDeleteBooking = () => useChange(async (id: string) => (await request(DeleteTrainingAttendance, { id })).deleteTrainingAttendance);

export const useRecordEvaluation = (attendanceId: string) =>
  useChange(async (input: TrainingEvaluationInput) => (await request(RecordTrainingEvaluation, { attendanceId, input })).recordTrainingEvaluation);
export const useRecordFollowUp = (attendanceId: string) =>
  useChange(async (input: TrainingFollowUpInput) => (await request(RecordTrainingFollowUp, { attendanceId, input })).recordTrainingFollowUp);
