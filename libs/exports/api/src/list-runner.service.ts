import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createRequestContext } from '@sli/shared/api-core';
import type { Request, Response } from 'express';
import { execute, parse, validate, type DocumentNode } from 'graphql';
import type { ExportList } from './export-lists';

/** The API's largest page: the fewest round trips through the list's query. */
export const EXPORT_PAGE_SIZE = 500;

export interface ListPage {
  totalCount: number;
  nodes: unknown[];
}

export interface ListRefusal {
  error: true;
  status: number;
  code: string;
  message: string;
}

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: unknown[];
}

/**
 * Runs a list's GraphQL query page after page as the caller of the HTTP request: the same schema,
 * resolvers, permission guard, validation and database scope as the dashboard's own request.
 */
@Injectable()
export class ListRunner {
  private readonly documents = new Map<string, DocumentNode>();

  constructor(private readonly moduleRef: ModuleRef) {}

  async *pages(list: ExportList, variables: Record<string, unknown>, http: { req: Request; res: Response }): AsyncGenerator<ListPage | ListRefusal> {
    // The schema host belongs to the GraphQL module, which is not global: look it up once built.
    const { schema } = this.moduleRef.get(GraphQLSchemaHost, { strict: false });
    const document = this.document(list);
    const problems = validate(schema, document);
    if (problems.length) throw new Error(`The export query of ${list.name} does not fit the schema: ${problems[0]?.message}`);
    let after: string | null = null;
    do {
      const result = await execute({
        schema,
        document,
        variableValues: { ...variables, first: EXPORT_PAGE_SIZE, after },
        contextValue: createRequestContext(http),
      });
      const error = result.errors?.[0];
      if (error) {
        const code = String(error.extensions?.['code'] ?? 'BAD_USER_INPUT');
        const status = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code === 'INTERNAL_SERVER_ERROR' ? 500 : 400;
        yield { error: true, status, code, message: error.message };
        return;
      }
      const connection = (result.data as Record<string, Connection>)[list.field] as Connection;
      yield { totalCount: connection.totalCount, nodes: connection.nodes };
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
  }

  private document(list: ExportList): DocumentNode {
    let doc = this.documents.get(list.name);
    if (!doc) {
      doc = parse(list.document);
      this.documents.set(list.name, doc);
    }
    return doc;
  }
}
