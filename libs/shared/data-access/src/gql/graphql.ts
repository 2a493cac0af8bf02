/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type FilterOptionsQueryVariables = Exact<{
  partnershipId?: string | number | null | undefined;
}>;


export type FilterOptionsQuery = { partnerships: { nodes: Array<{ id: string, name: string }> }, agencies: { nodes: Array<{ id: string, name: string }> }, themes: { nodes: Array<{ id: string, code: string, name: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const FilterOptionsDocument = new TypedDocumentString(`
    query FilterOptions($partnershipId: ID) {
  partnerships(first: 200) {
    nodes {
      id
      name
    }
  }
  agencies(filter: {partnershipId: $partnershipId}, first: 500) {
    nodes {
      id
      name
    }
  }
  themes(filter: {partnershipId: $partnershipId}, first: 500) {
    nodes {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FilterOptionsQuery, FilterOptionsQueryVariables>;