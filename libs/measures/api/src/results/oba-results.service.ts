import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PartnershipsService } from '@sli/partnerships-api';
import { placeProblems } from '@sli/measures-domain';
import { InputError, NotFoundError, type FieldProblem } from '@sli/shared/api-core';
import { outsidePartnershipMessage } from '@sli/shared/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { MeasureEntity } from '../measure.entity';
import {
  CreateObaResultInput,
  CreateObaStrategyInput,
  SetMeasurePlaceInput,
  UpdateObaResultInput,
  UpdateObaStrategyInput,
} from './dto/oba-result.input';
import { ObaResultEntity, ObaStrategyEntity } from './oba-result.entity';
import { foreignIds, repeatedIds } from './oba-rules';

type Owned = 'oba_results' | 'oba_strategies' | 'agencies' | 'actions';
const WHAT: Record<Owned, string> = { oba_results: 'result', oba_strategies: 'strategy', agencies: 'agency', actions: 'action' };

/**
 * Changes to the results hierarchy: results, their strategies, a strategy's partners and actions, and
 * a measure's place. Each change is one transaction that checks every rule first and names every
 * field at fault; records of other partnerships are refused as if they did not exist.
 */
@Injectable()
export class ObaResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
  ) {}

  async createResult(input: CreateObaResultInput): Promise<ObaResultEntity> {
    await this.partnerships.getPartnership(input.partnershipId);
    return this.dataSource.transaction(async (m) => {
      const ref = input.ref ?? randomUUID();
      const problems = await refProblems(m, 'oba_results', input.partnershipId, ref, null);
      if (problems.length > 0) throw new InputError(problems);
      const position = input.position ?? (await nextPosition(m, 'oba_results', 'partnership_id', input.partnershipId));
      return m.save(
        ObaResultEntity,
        m.create(ObaResultEntity, {
          partnershipId: input.partnershipId,
          ref,
          title: input.title,
          population: input.population ?? null,
          description: input.description ?? null,
          position,
        }),
      );
    });
  }

  async updateResult(id: string, input: UpdateObaResultInput): Promise<ObaResultEntity> {
    const patch = defined(input);
    const problems = notNull(patch, ['ref', 'title', 'position']);
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(ObaResultEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('ObaResult', id);
      if (patch.ref) problems.push(...(await refProblems(m, 'oba_results', existing.partnershipId, patch.ref, id)));
      if (problems.length > 0) throw new InputError(problems);
      return m.save(ObaResultEntity, m.merge(ObaResultEntity, existing, patch));
    });
  }

  /** Deletes a result with no strategies; its indicators stay, no longer linked. Returns the id. */
  async deleteResult(id: string): Promise<string> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(ObaResultEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('ObaResult', id);
      const strategies = await m.countBy(ObaStrategyEntity, { resultId: id });
      if (strategies > 0) {
        throw new InputError([{ field: 'id', message: `has ${strategies} strateg${strategies === 1 ? 'y' : 'ies'}: move them to another result or delete them first` }]);
      }
      await m.delete(ObaResultEntity, { id });
      return id;
    });
  }

  async createStrategy(input: CreateObaStrategyInput): Promise<ObaStrategyEntity> {
    await this.partnerships.getPartnership(input.partnershipId);
    const partners = input.partnerAgencyIds ?? [];
    const actions = input.actionIds ?? [];
    return this.dataSource.transaction(async (m) => {
      const ref = input.ref ?? randomUUID();
      const problems = [
        ...(await ownedProblems(m, 'oba_results', input.partnershipId, [input.resultId], 'resultId', false)),
        ...(await refProblems(m, 'oba_strategies', input.partnershipId, ref, null)),
        ...(await ownedProblems(m, 'agencies', input.partnershipId, partners, 'partnerAgencyIds')),
        ...(await ownedProblems(m, 'actions', input.partnershipId, actions, 'actionIds')),
      ];
      if (problems.length > 0) throw new InputError(problems);
      const position = input.position ?? (await nextPosition(m, 'oba_strategies', 'result_id', input.resultId));
      const strategy = await m.save(
        ObaStrategyEntity,
        m.create(ObaStrategyEntity, {
          partnershipId: input.partnershipId,
          resultId: input.resultId,
          ref,
          title: input.title,
          description: input.description ?? null,
          position,
        }),
      );
      await replaceLinks(m, 'oba_strategy_partners', 'agency_id', strategy, partners);
      await replaceLinks(m, 'oba_strategy_actions', 'action_id', strategy, actions);
      return strategy;
    });
  }

  async updateStrategy(id: string, input: UpdateObaStrategyInput): Promise<ObaStrategyEntity> {
    const patch = defined(input);
    const problems = notNull(patch, ['ref', 'title', 'position', 'resultId']);
    return this.dataSource.transaction(async (m) => {
      const existing = await lockStrategy(m, id);
      if (patch.resultId) problems.push(...(await ownedProblems(m, 'oba_results', existing.partnershipId, [patch.resultId], 'resultId', false)));
      if (patch.ref) problems.push(...(await refProblems(m, 'oba_strategies', existing.partnershipId, patch.ref, id)));
      if (problems.length > 0) throw new InputError(problems);
      return m.save(ObaStrategyEntity, m.merge(ObaStrategyEntity, existing, patch));
    });
  }

  /** Deletes a strategy and its partner and action links; its performance measures stay, no longer linked. */
  async deleteStrategy(id: string): Promise<string> {
    return this.dataSource.transaction(async (m) => {
      await lockStrategy(m, id);
      await m.delete(ObaStrategyEntity, { id });
      return id;
    });
  }

  /** Makes the strategy's partners exactly these agencies (of its partnership). */
  setPartners(strategyId: string, agencyIds: readonly string[]): Promise<ObaStrategyEntity> {
    return this.setLinks(strategyId, agencyIds, 'agencies', 'agencyIds', 'oba_strategy_partners', 'agency_id');
  }

  /** Makes the strategy's actions exactly these actions of the action plan (of its partnership). */
  setActions(strategyId: string, actionIds: readonly string[]): Promise<ObaStrategyEntity> {
    return this.setLinks(strategyId, actionIds, 'actions', 'actionIds', 'oba_strategy_actions', 'action_id');
  }

  /** Places a measure: an indicator of a result, a performance measure of a strategy, or either not linked yet. */
  async setMeasurePlace(measureId: string, input: SetMeasurePlaceInput): Promise<MeasureEntity> {
    const resultId = input.resultId ?? null;
    const strategyId = input.strategyId ?? null;
    return this.dataSource.transaction(async (m) => {
      const measure = await m.findOne(MeasureEntity, { where: { id: measureId }, lock: { mode: 'pessimistic_write' } });
      if (!measure) throw new NotFoundError('Measure', measureId);
      const problems = placeProblems(input.kind, resultId, strategyId);
      if (resultId) problems.push(...(await ownedProblems(m, 'oba_results', measure.partnershipId, [resultId], 'resultId', false)));
      if (strategyId) problems.push(...(await ownedProblems(m, 'oba_strategies', measure.partnershipId, [strategyId], 'strategyId', false)));
      if (problems.length > 0) throw new InputError(problems);
      measure.kind = input.kind;
      measure.resultId = resultId;
      measure.strategyId = strategyId;
      return m.save(MeasureEntity, measure);
    });
  }

  private setLinks(
    strategyId: string,
    ids: readonly string[],
    table: 'agencies' | 'actions',
    field: string,
    linkTable: string,
    column: string,
  ): Promise<ObaStrategyEntity> {
    return this.dataSource.transaction(async (m) => {
      const strategy = await lockStrategy(m, strategyId);
      const problems = await ownedProblems(m, table, strategy.partnershipId, ids, field);
      if (problems.length > 0) throw new InputError(problems);
      if (await replaceLinks(m, linkTable, column, strategy, ids)) {
        await m.query('UPDATE oba_strategies SET updated_at = now() WHERE id = $1', [strategyId]);
        return m.findOneByOrFail(ObaStrategyEntity, { id: strategyId });
      }
      return strategy;
    });
  }
}

async function lockStrategy(m: EntityManager, id: string): Promise<ObaStrategyEntity> {
  const found = await m.findOne(ObaStrategyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!found) throw new NotFoundError('ObaStrategy', id);
  return found;
}

/**
 * Problems with ids that must name records of `table` in the partnership: repeats, and ids of no such
 * record there (another partnership's record is refused the same way as a missing one). `list` names
 * the field as `field[i]`; a single id names it as `field`.
 */
async function ownedProblems(m: EntityManager, table: Owned, partnershipId: string, ids: readonly string[], field: string, list = true): Promise<FieldProblem[]> {
  if (ids.length === 0) return [];
  const rows: { id: string }[] = await m.query(`SELECT id FROM ${table} WHERE partnership_id = $1 AND id = ANY($2::uuid[])`, [partnershipId, [...ids]]);
  const found = new Set(rows.map((r) => r.id));
  if (!list) return found.has(ids[0] ?? '') ? [] : [{ field, message: outsidePartnershipMessage(WHAT[table]) }];
  const index = (p: FieldProblem) => Number(/\[(\d+)\]$/.exec(p.field)?.[1] ?? 0);
  return [...repeatedIds(ids, field), ...foreignIds(ids, found, field, WHAT[table])].sort((a, b) => index(a) - index(b));
}

async function refProblems(m: EntityManager, table: 'oba_results' | 'oba_strategies', partnershipId: string, ref: string, exceptId: string | null): Promise<FieldProblem[]> {
  const rows: unknown[] = await m.query(`SELECT 1 FROM ${table} WHERE partnership_id = $1 AND ref = $2 AND id IS DISTINCT FROM $3::uuid`, [
    partnershipId,
    ref,
    exceptId,
  ]);
  return rows.length > 0 ? [{ field: 'ref', message: `is already used by another ${table === 'oba_results' ? 'result' : 'strategy'} of this partnership` }] : [];
}

/** After the last: one more than the highest position among the siblings. */
async function nextPosition(m: EntityManager, table: 'oba_results' | 'oba_strategies', parentColumn: string, parentId: string): Promise<number> {
  const [row] = (await m.query(`SELECT coalesce(max(position) + 1, 0)::int AS next FROM ${table} WHERE ${parentColumn} = $1`, [parentId])) as { next: number }[];
  return row?.next ?? 0;
}

/** Makes the strategy's links in `linkTable` exactly `ids`; true when anything changed. */
async function replaceLinks(m: EntityManager, linkTable: string, column: string, strategy: ObaStrategyEntity, ids: readonly string[]): Promise<boolean> {
  // Wrapped in WITH so both drivers return rows for the counts.
  const [row] = (await m.query(
    `WITH del AS (
       DELETE FROM ${linkTable} WHERE strategy_id = $1 AND NOT (${column} = ANY($3::uuid[])) RETURNING 1
     ), ins AS (
       INSERT INTO ${linkTable} (partnership_id, strategy_id, ${column})
       SELECT $2, $1, x FROM unnest($3::uuid[]) AS x
       ON CONFLICT DO NOTHING RETURNING 1
     )
     SELECT (SELECT count(*) FROM del)::int + (SELECT count(*) FROM ins)::int AS changed`,
    [strategy.id, strategy.partnershipId, [...ids]],
  )) as { changed: number }[];
  return (row?.changed ?? 0) > 0;
}

/** Fields that may be left out of an update but never set to null. */
function notNull<T extends object>(patch: Partial<T>, fields: readonly (keyof T & string)[]): FieldProblem[] {
  return fields.filter((k) => patch[k] === null).map((field) => ({ field, message: 'cannot be null: leave it out to keep the current value' }));
}

/** The properties that were given: an input leaves out what the client did not send. */
function defined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
