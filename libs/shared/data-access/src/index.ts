export { graphql } from './gql';
export type * from './gql/graphql';
export { request, GraphQLRequestError } from './client';
export { useFilters, metricFilter, yearRange, previousYear, DEFAULT_YEAR, type Filters } from './filters';
