import type { AnyRecord } from './bundle-references';
import type { ChildSet, Column, PgType, SectionSpec } from './section-specs';

/*
 * Set-based SQL for the import, generated from the section specs. Each statement takes one
 * array parameter per column and unnests them, so a chunk of thousands of records is one round
 * trip. Table and column names come from our specs, never from the bundle; values are parameters.
 *
 * Idempotency: an upsert updates a row only when a column differs (`IS DISTINCT FROM`), so a
 * re-import touches nothing, updated_at included; `xmax = 0` in RETURNING tells inserts from updates.
 */

export interface Statement {
  sql: string;
  params: unknown[];
}

const ARRAY_TYPES: Record<PgType, string> = {
  text: 'text[]',
  date: 'date[]',
  int: 'int[]',
  numeric: 'numeric[]',
  boolean: 'boolean[]',
  timestamptz: 'timestamptz[]',
};

const q = (identifier: string) => `"${identifier}"`;

/** Collects `unnest($1::text[], $2::date[], …) AS s(a, b, …)` and its parameters. */
export class Unnest {
  readonly params: unknown[] = [];
  private readonly args: string[] = [];
  private readonly names: string[] = [];

  constructor(private readonly offset = 0) {}

  add(name: string, type: PgType, values: unknown[]): this {
    this.params.push(values);
    this.args.push(`$${this.offset + this.params.length}::${ARRAY_TYPES[type]}`);
    this.names.push(name);
    return this;
  }

  sql(alias = 's'): string {
    return `unnest(${this.args.join(', ')}) AS ${alias}(${this.names.join(', ')})`;
  }

  /** The same with each row's place in the arrays as column `ord` (from 1), to keep the bundle's order. */
  orderedSql(alias = 's'): string {
    return `unnest(${this.args.join(', ')}) WITH ORDINALITY AS ${alias}(${[...this.names, 'ord'].join(', ')})`;
  }
}

const field = (r: unknown, name: string) => (r as AnyRecord)[name] ?? null;
const values = <T>(rows: readonly T[], get: (r: T) => unknown) => rows.map((r) => get(r) ?? null);

/** Inserts or updates one chunk of a section's records; returns (id, inserted) for each row written. */
export function upsertStatement(spec: SectionSpec<unknown>, rows: readonly unknown[]): Statement {
  const src = new Unnest();
  if (spec.owned) src.add('p', 'text', values(rows, (r) => field(r, 'partnership')));
  src.add('k', 'text', values(rows, (r) => field(r, spec.key)));
  spec.columns.forEach((c, i) => src.add(`c${i}`, c.type, values(rows, c.get)));

  const joins = spec.owned ? ['JOIN partnerships p ON p.ref = s.p'] : [];
  const select = spec.owned ? ['p.id', 's.k'] : ['s.k'];
  spec.columns.forEach((c, i) => {
    if (!c.references) return void select.push(`s.c${i}`);
    joins.push(`LEFT JOIN ${c.references.table} j${i} ON j${i}.partnership_id = p.id AND j${i}.${c.references.key} = s.c${i}`);
    select.push(`j${i}.id`);
  });
  const target = spec.owned ? ['partnership_id', spec.key] : [spec.key];
  const names = spec.columns.map((c) => q(c.name));
  // A keepWhenNull column left out of the bundle keeps its value: it neither changes nor counts as a change.
  const incoming = spec.columns.map((c, i) => (c.keepWhenNull ? `coalesce(excluded.${names[i]}, t.${names[i]})` : `excluded.${names[i]}`));
  // In the bundle's order, whatever join the planner picks: the rows' triggers then run in that order (the first
  // spelling of a committee name names its group; a row-level security plan change once reversed it).
  const sql = `
    INSERT INTO ${spec.table} AS t (${[...target.map(q), ...names].join(', ')})
    SELECT ${select.join(', ')}
    FROM ${src.orderedSql()} ${joins.join(' ')}
    WHERE true
    ORDER BY s.ord
    ON CONFLICT (${target.map(q).join(', ')}) DO UPDATE SET ${names.map((n, i) => `${n} = ${incoming[i]}`).join(', ')}, updated_at = now()
      WHERE (${names.map((n) => `t.${n}`).join(', ')}) IS DISTINCT FROM (${incoming.join(', ')})
    RETURNING t.id, (t.xmax = 0) AS inserted`;
  return { sql, params: src.params };
}

/**
 * Makes one child set (links or nested records) of a chunk of owners equal to the bundle's:
 * deletes children the bundle no longer lists, inserts new ones, updates changed ones. Returns
 * the ids of owners whose children changed.
 */
export function childSyncStatement(spec: SectionSpec<unknown>, child: ChildSet<unknown>, owners: readonly unknown[]): Statement {
  if (child.statement) return child.statement(owners);
  const scope = new Unnest()
    .add('p', 'text', values(owners, (r) => field(r, 'partnership')))
    .add('k', 'text', values(owners, (r) => field(r, spec.key)));

  const pairs = owners.flatMap((owner) => child.items(owner).map((item) => [owner, item] as const));
  const src = new Unnest(scope.params.length)
    .add('p', 'text', pairs.map(([o]) => field(o, 'partnership')))
    .add('k', 'text', pairs.map(([o]) => field(o, spec.key)));
  child.columns.forEach((c, i) => src.add(`c${i}`, c.type, pairs.map(([, item]) => c.get(item) ?? null)));

  const ownerJoin = `JOIN partnerships p ON p.ref = s.p JOIN ${spec.table} o ON o.partnership_id = p.id AND o.${spec.key} = s.k`;
  const joins = child.columns.flatMap((c, i) =>
    c.references ? [`JOIN ${c.references.table} j${i} ON j${i}.partnership_id = o.partnership_id AND j${i}.${c.references.key} = s.c${i}`] : [],
  );
  const picks = child.columns.map((c, i) => `${c.references ? `j${i}.id` : `s.c${i}`} AS ${q(c.name)}`);
  const names = child.columns.map((c) => q(c.name));
  const keys = child.key.map(q);
  const rest = names.filter((n) => !keys.includes(n));
  const onConflict =
    rest.length === 0 || child.appendOnly
      ? 'ON CONFLICT DO NOTHING'
      : `ON CONFLICT (${[q(child.owner), ...keys].join(', ')}) DO UPDATE SET ${rest.map((n) => `${n} = excluded.${n}`).join(', ')}
         WHERE (${rest.map((n) => `t.${n}`).join(', ')}) IS DISTINCT FROM (${rest.map((n) => `excluded.${n}`).join(', ')})`;
  const owner = q(child.owner);
  // Append-only history is never deleted from: the statement must not even name DELETE (the role lacks the right).
  // NOT IN over the uncorrelated `src`, not a correlated NOT EXISTS: the planner estimates the unnested
  // rows at one and turned NOT EXISTS into a nested-loop anti join, quadratic in the children held (a
  // 10,000-value re-import took 17 s on PostgreSQL, 37 s on PGlite); NOT IN is one hashed subplan. The
  // owner and key columns are NOT NULL on both sides, so the two mean the same.
  const del = child.appendOnly
    ? `
      SELECT NULL::uuid AS owner_id WHERE false`
    : `
      DELETE FROM ${child.table} d USING scope
      WHERE d.${owner} = scope.id
        AND (d.${owner}${keys.map((k) => `, d.${k}`).join('')}) NOT IN (SELECT owner_id${keys.map((k) => `, ${k}`).join('')} FROM src)
      RETURNING d.${owner} AS owner_id`;
  const sql = `
    WITH scope AS (
      SELECT o.id FROM ${scope.sql()} ${ownerJoin}
    ), src AS (
      SELECT o.partnership_id, o.id AS owner_id${picks.map((p) => `, ${p}`).join('')}
      FROM ${src.sql()} ${ownerJoin} ${joins.join(' ')}
    ), del AS (${del}
    ), up AS (
      INSERT INTO ${child.table} AS t (partnership_id, ${owner}, ${names.join(', ')})
      SELECT partnership_id, owner_id, ${names.join(', ')} FROM src
      ${onConflict}
      RETURNING t.${owner} AS owner_id
    )
    SELECT owner_id FROM del UNION SELECT owner_id FROM up`;
  return { sql, params: [...scope.params, ...src.params] };
}

/** Writes a reference to a record of the same section, once all of them exist; returns the ids changed. */
export function deferredStatement(spec: SectionSpec<unknown>, column: Column<unknown>, rows: readonly unknown[]): Statement {
  if (!column.references) throw new Error(`Deferred column ${column.name} must be a reference`);
  const src = new Unnest()
    .add('p', 'text', values(rows, (r) => field(r, 'partnership')))
    .add('k', 'text', values(rows, (r) => field(r, spec.key)))
    .add('v', 'text', values(rows, column.get));
  const c = q(column.name);
  // Wrapped in WITH so that both drivers return the rows (TypeORM returns [rows, count] for a bare UPDATE).
  const sql = `
    WITH changed AS (
      UPDATE ${spec.table} t SET ${c} = j.id, updated_at = now()
      FROM ${src.sql()}
      JOIN partnerships p ON p.ref = s.p
      LEFT JOIN ${column.references.table} j ON j.partnership_id = p.id AND j.${column.references.key} = s.v
      WHERE t.partnership_id = p.id AND t.${spec.key} = s.k AND t.${c} IS DISTINCT FROM j.id
      RETURNING t.id
    )
    SELECT id FROM changed`;
  return { sql, params: src.params };
}

/** Marks records whose links or nested records changed (their own columns did not) as updated. */
export function touchStatement(table: string, ids: readonly string[]): Statement {
  return { sql: `UPDATE ${table} SET updated_at = now() WHERE id = ANY($1::uuid[]) AND updated_at <> now()`, params: [ids] };
}

/** Which of the (partnership, ref or code) pairs exist in `table`. */
export function existingStatement(table: string, key: 'ref' | 'code', pairs: readonly (readonly [string, string])[]): Statement {
  const src = new Unnest().add('p', 'text', pairs.map(([p]) => p)).add('k', 'text', pairs.map(([, k]) => k));
  return {
    sql: `SELECT s.p AS partnership, s.k AS key FROM ${src.sql()}
          JOIN partnerships p ON p.ref = s.p JOIN ${table} t ON t.partnership_id = p.id AND t.${key} = s.k`,
    params: src.params,
  };
}
