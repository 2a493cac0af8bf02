export { graphql } from './gql';
export type * from './gql/graphql';
export { request, GraphQLRequestError, isUnauthenticated, isForbidden, isNetworkError, type FieldProblem } from './client';
export { useFilters, readFilters, periodOf, metricFilter, yearRange, previousYear, DEFAULT_YEAR, type Filters } from './filters';
export { viewerQueryOptions, useViewer, useOptionalViewer, useCan, canDo, canChangeOwned, VIEWER_KEY, type CurrentUser } from './viewer';
export { createAppQueryClient, signOut, signInPath, safeReturnTo, SIGN_IN_PATH, type AppMutationMeta } from './session';
export { useKeptValues } from './kept-values';
export { isRecordId } from './ids';
export { kindOf, kindScope, peopleWords, reviewsNoun, sixMonthReviewWords, type KindScope } from './partnership-kind';
export { REVIEW_TYPE_OPTIONS, reviewTypeOptions } from './review-type-options';
export {
  useListParams,
  readListState,
  listHash,
  sortWords,
  dateWords,
  textWords,
  numberWords,
  type ListSort,
  type ListState,
  type SortDir,
  type SortWords,
} from './list-params';
export { patchParams, searchWithPatch, type UrlPatch } from './url-patch';
export { usePartnershipChoices, type Choice } from './choices';
export { useAgencySearch, useAgencyById, useDebouncedValue, AGENCY_SEARCH_PAGE } from './agency-search';
export { formatMeasureValue } from './measure-values';
