import { Type } from '@nestjs/common';
import { ArgsType, Field, type FieldMiddleware, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsString, Max, Min, MaxLength } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InputError } from '../errors/input-error';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 500.' })
  @Min(1)
  @Max(500)
  first = 50;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor?: string;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

export interface Page<T> {
  nodes: T[];
  /**
   * All matching records across every page: a number, or a function the connection's field calls only
   * when a request asks for `totalCount`, so a list read page after page does not count the whole list
   * each time.
   */
  totalCount: number | (() => Promise<number>);
  pageInfo: PageInfo;
}

/** A count run at most once, and only if someone asks for it (see `Page.totalCount`). */
export function countWhenAsked(count: () => Promise<number>): () => Promise<number> {
  let counted: Promise<number> | undefined;
  return () => (counted ??= count());
}

/** Runs a connection's count when the field is resolved (Nest's own field resolver reads the property as it is). */
const countIfAsked: FieldMiddleware = async (_ctx, next) => {
  const value: unknown = await next();
  return typeof value === 'function' ? (value as () => Promise<number>)() : value;
};

/** The GraphQL connection type of a list: its nodes, the total across all pages, and where to go next. */
export function Connection<T>(node: Type<T>): Type<Page<T>> {
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Page<T> {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => Int, { description: 'All matching records, across every page (counted only when asked for).', middleware: [countIfAsked] })
    totalCount!: number | (() => Promise<number>);

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType as Type<Page<T>>;
}

export interface SortKey {
  /** Entity property to sort by; must be NOT NULL so keyset comparison works. */
  property: string;
  /** SQL type of that column, for the cursor's cast. */
  sqlType: 'date' | 'text' | 'timestamptz' | 'integer';
  direction: 'ASC' | 'DESC';
}

/** Which way a list runs when its caller chooses the sort. */
export enum SortDirection {
  asc = 'asc',
  desc = 'desc',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'asc: smallest, earliest or A first; desc: the reverse.' });

/** How a sortable column is compared: its entity property (NOT NULL) and SQL type. */
export type SortColumn = Pick<SortKey, 'property' | 'sqlType'>;

/**
 * The keyset sort of a list whose caller may choose the column and direction: the chosen column of
 * the list's table (an enum per list, so a bad value is refused by GraphQL naming the argument),
 * else the list's default; ties are broken by id, the same way.
 */
export function chooseSort<F extends string>(
  columns: Record<F, SortColumn>,
  fallback: { field: F; direction: SortDirection },
  field?: F | null,
  direction?: SortDirection | null,
): SortKey {
  const chosen = field ?? fallback.field;
  const column = columns[chosen];
  if (!column) throw new InputError([{ field: 'sort', message: `is not a sortable column (${Object.keys(columns).join(', ')})` }]);
  const way = direction ?? (field ? SortDirection.asc : fallback.direction);
  return { ...column, direction: way === SortDirection.desc ? 'DESC' : 'ASC' };
}

// The cursor names the column it was taken from, so a cursor of one sort is not applied to another.
const encode = (value: unknown, id: string, property: string) =>
  Buffer.from(JSON.stringify([value, id, property])).toString('base64url');

function decode(cursor: string, property: string): [string | number, string] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (Array.isArray(parsed) && (parsed.length === 2 || parsed.length === 3) && typeof parsed[1] === 'string') {
    if (parsed.length === 3 && parsed[2] !== property) {
      throw new InputError([
        { field: 'after', message: `is a cursor of this list sorted by ${String(parsed[2])}, not by ${property}: start again from the first page` },
      ]);
    }
    return [parsed[0] as string | number, parsed[1]];
  }
  throw new InputError([{ field: 'after', message: 'is not a cursor returned by this list' }]);
}

/**
 * Keyset pagination over (sort key, id): stable under inserts, and cheap at any depth because
 * the database seeks by index instead of skipping rows.
 */
export async function paginate<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  page: PageArgs,
  sort: SortKey,
  cursorValue: (row: E) => string | number = (row) => row[sort.property] as string | number,
  idOf: (row: E) => string = (row) => String(row['id']),
): Promise<Page<E>> {
  const a = qb.alias;
  const counting = qb.clone();
  const totalCount = countWhenAsked(() => counting.getCount());
  // JavaScript dates hold milliseconds, PostgreSQL microseconds: compare timestamps at the
  // cursor's precision, or rows inserted within one millisecond would be skipped.
  const key =
    sort.sqlType === 'timestamptz' ? `date_trunc('milliseconds', ${a}.${sort.property})` : `${a}.${sort.property}`;
  if (page.after) {
    const [value, id] = decode(page.after, sort.property);
    const op = sort.direction === 'DESC' ? '<' : '>';
    qb.andWhere(`(${key}, ${a}.id) ${op} (CAST(:cursorValue AS ${sort.sqlType}), CAST(:cursorId AS uuid))`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  const rows = await qb
    .orderBy(key, sort.direction)
    .addOrderBy(`${a}.id`, sort.direction)
    .limit(page.first + 1)
    .getMany();
  const hasNextPage = rows.length > page.first;
  const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage, endCursor: last ? encode(cursorValue(last), idOf(last), sort.property) : undefined },
  };
}
