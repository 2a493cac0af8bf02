import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { actionProblems, planStatusChange, signOffProblems } from '@sli/actions-domain';
import { InputError, NotFoundError, PageArgs, paginate, type FieldProblem, type Page } from '@sli/shared/api-core';
import { oneSourceProblems, outsidePartnershipMessage, todayInEngland } from '@sli/shared/domain';
import { setThemes, type ThemeLink } from '@sli/themes-api';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { ActionUpdateEntity } from './action-update.entity';
import { ActionEntity } from './action.entity';
import { ActionStatus } from './action.enums';
import { isOpen } from './brag';
import { ActionFilter, ChangeActionStatusInput, CreateActionInput, UpdateActionInput } from './dto/action.input';

export const ACTION_THEMES: ThemeLink = { table: 'action_themes', ownerColumn: 'action_id' };

/** Columns a parent's `actions` list can be grouped by. */
export type ActionParentKey = 'reviewId' | 'auditId' | 'recommendationId' | 'ownerAgencyId' | 'groupId';

const OPEN_STATUSES = Object.values(ActionStatus).filter(isOpen);

@Injectable()
export class ActionsService {
  constructor(
    @InjectRepository(ActionEntity) private readonly actions: Repository<ActionEntity>,
    @InjectRepository(ActionUpdateEntity) private readonly updates: Repository<ActionUpdateEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Actions by due date, soonest first. */
  list(filter: ActionFilter = {}, page: PageArgs): Promise<Page<ActionEntity>> {
    const qb = this.actions.createQueryBuilder('a');
    if (filter.partnershipId) qb.andWhere('a.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.statuses?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.ownerAgencyId) qb.andWhere('a.ownerAgencyId = :owner', { owner: filter.ownerAgencyId });
    if (filter.reviewId) qb.andWhere('a.reviewId = :reviewId', { reviewId: filter.reviewId });
    if (filter.auditId) qb.andWhere('a.auditId = :auditId', { auditId: filter.auditId });
    if (filter.recommendationId) qb.andWhere('a.recommendationId = :recId', { recId: filter.recommendationId });
    if (filter.themeId) {
      qb.andWhere('EXISTS (SELECT 1 FROM action_themes at WHERE at.action_id = a.id AND at.theme_id = :themeId)', {
        themeId: filter.themeId,
      });
    }
    if (filter.monitoringCommittee) {
      qb.andWhere('lower(a.monitoringCommittee) = lower(:committee)', { committee: filter.monitoringCommittee });
    }
    if (filter.groupId) qb.andWhere('a.groupId = :groupId', { groupId: filter.groupId });
    if (filter.dueFrom) qb.andWhere('a.dueOn >= :dueFrom', { dueFrom: filter.dueFrom });
    if (filter.dueTo) qb.andWhere('a.dueOn <= :dueTo', { dueTo: filter.dueTo });
    if (filter.overdueAsOf) {
      qb.andWhere('a.status IN (:...open) AND a.dueOn < :overdueAsOf', { open: OPEN_STATUSES, overdueAsOf: filter.overdueAsOf });
    }
    return paginate(qb, page, { property: 'dueOn', sqlType: 'date', direction: 'ASC' }, (a) => a.dueOn);
  }

  findByIds(ids: readonly string[]): Promise<ActionEntity[]> {
    return this.actions.findBy({ id: In([...ids]) });
  }

  /** The actions of many parents at once (reviews, audits, recommendations or owner agencies), by due date. */
  findByParents(key: ActionParentKey, parentIds: readonly string[]): Promise<ActionEntity[]> {
    return this.actions.find({ where: { [key]: In([...parentIds]) }, order: { dueOn: 'ASC', id: 'ASC' } });
  }

  /**
   * Deletes an action with what is part of it: its update history, themes and links to OBA strategies
   * (the change history keeps them all). Returns it as it was.
   */
  remove(id: string): Promise<ActionEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await lockAction(m, id);
      await m.delete(ActionEntity, { id });
      return { ...existing };
    });
  }

  /** Status changes of many actions, oldest first. */
  findUpdates(actionIds: readonly string[]): Promise<ActionUpdateEntity[]> {
    return this.updates.find({ where: { actionId: In([...actionIds]) }, order: { changedAt: 'ASC', id: 'ASC' } });
  }

  async get(id: string): Promise<ActionEntity> {
    const found = await this.actions.findOneBy({ id });
    if (!found) throw new NotFoundError('Action', id);
    return found;
  }

  /** Creates the action, its themes and the first update (from nothing to its status), all or nothing. */
  async create(input: CreateActionInput, actor: string): Promise<ActionEntity> {
    const status = input.status ?? ActionStatus.NOT_STARTED;
    const draft = {
      partnershipId: input.partnershipId,
      ref: input.ref ?? randomUUID(),
      title: input.title,
      reviewId: input.reviewId ?? null,
      auditId: input.auditId ?? null,
      recommendationId: input.recommendationId ?? null,
      ownerAgencyId: input.ownerAgencyId,
      dueOn: input.dueOn,
      status,
      completedOn: input.completedOn ?? null,
      cancelledOn: status === ActionStatus.CANCELLED ? todayInEngland() : null,
      impactEvidence: input.impactEvidence ?? null,
      monitoringCommittee: input.monitoringCommittee ?? null,
      groupId: input.groupId ?? null,
      impactAuditId: input.impactAuditId ?? null,
      impactMeasureId: input.impactMeasureId ?? null,
      signedOffOn: null,
      signedOffBy: null,
      signedOffMeetingId: null,
    };
    throwIfAny([...oneSourceProblems(draft.reviewId, draft.auditId), ...groupByOneWay(input), ...actionProblems(draft, todayInEngland())]);
    return this.dataSource.transaction(async (m) => {
      await checkReferences(m, draft);
      const saved = await m.save(ActionEntity, m.create(ActionEntity, draft));
      if (input.themeIds) await setThemes(m, ACTION_THEMES, saved.partnershipId, saved.id, input.themeIds);
      await recordUpdate(m, saved, actor, null, input.note ?? null);
      // Read back: the database sets the group from the committee name, or the name from the group.
      return m.findOneByOrFail(ActionEntity, { id: saved.id });
    });
  }

  /** Changes anything but the status and sign-off; the completion fields must still fit the status. */
  async update(id: string, input: UpdateActionInput): Promise<ActionEntity> {
    const required = (['ref', 'title', 'ownerAgencyId', 'dueOn'] as const).filter((k) => input[k] === null);
    throwIfAny(required.map((field) => ({ field, message: 'cannot be null' })));
    const { themeIds, ...changes } = input;
    throwIfAny(groupByOneWay(input));
    return this.dataSource.transaction(async (m) => {
      const existing = await lockAction(m, id);
      // A name given finds (or makes) its group in the database; a group given names it.
      if (changes.monitoringCommittee !== undefined) changes.groupId = undefined;
      const merged = Object.assign(existing, stripUndefined(changes));
      throwIfAny([...oneSourceProblems(merged.reviewId, merged.auditId), ...actionProblems(merged, todayInEngland())]);
      await checkReferences(m, merged);
      const saved = await m.save(ActionEntity, merged);
      if (themeIds) await setThemes(m, ACTION_THEMES, saved.partnershipId, saved.id, themeIds);
      return m.findOneByOrFail(ActionEntity, { id: saved.id });
    });
  }

  /** Moves the action to a new status and records who did it, from what, to what and why: one transaction. */
  async changeStatus(id: string, input: ChangeActionStatusInput, actor: string): Promise<ActionEntity> {
    return this.dataSource.transaction(async (m) => {
      // Locked so two concurrent changes cannot both record the same `from` status.
      const existing = await lockAction(m, id);
      const { next, problems } = planStatusChange(existing, input, todayInEngland());
      throwIfAny(problems);
      const from = existing.status;
      // next.status is the requested status (the rules' plain value); keep the enum's.
      // A sign-off cleared by reopening takes its meeting with it.
      const signedOffMeetingId = next.signedOffOn ? existing.signedOffMeetingId : null;
      const saved = await m.save(ActionEntity, Object.assign(existing, { ...next, status: input.status, signedOffMeetingId }));
      await recordUpdate(m, saved, actor, from, input.note ?? null);
      return saved;
    });
  }

  /**
   * Records the monitoring group's sign-off of an action that is complete or cancelled, optionally at
   * one of that group's meetings (held on the day of the sign-off).
   */
  async signOff(id: string, signedOffBy: string, signedOffOn: string, meetingId: string | null = null): Promise<ActionEntity> {
    const by = signedOffBy.trim();
    throwIfAny(by.length < 1 || by.length > 200 ? [{ field: 'signedOffBy', message: 'must be 1 to 200 characters' }] : []);
    return this.dataSource.transaction(async (m) => {
      const existing = await lockAction(m, id);
      throwIfAny([
        ...signOffProblems(existing, signedOffOn, todayInEngland()),
        ...(meetingId ? await signOffMeetingProblems(m, existing, meetingId, signedOffOn) : []),
      ]);
      return m.save(ActionEntity, Object.assign(existing, { signedOffBy: by, signedOffOn, signedOffMeetingId: meetingId }));
    });
  }
}

/** A group is named one way: by id or by name, not both. */
function groupByOneWay(input: { groupId?: string | null; monitoringCommittee?: string | null }): FieldProblem[] {
  return input.groupId && input.monitoringCommittee ? [{ field: 'groupId', message: 'give the group or the committee name, not both' }] : [];
}

/** The meeting a sign-off names is one of the action's own group, on the day of the sign-off. */
async function signOffMeetingProblems(m: EntityManager, action: ActionEntity, meetingId: string, signedOffOn: string): Promise<FieldProblem[]> {
  const [meeting] = (await m.query(`SELECT group_id AS "groupId", meets_on::text AS "meetsOn" FROM meetings WHERE id = $1 AND partnership_id = $2`, [
    meetingId,
    action.partnershipId,
  ])) as { groupId: string; meetsOn: string }[];
  if (!meeting || meeting.groupId !== action.groupId) return [{ field: 'meetingId', message: 'must be a meeting of the group that monitors the action' }];
  return meeting.meetsOn === signedOffOn ? [] : [{ field: 'signedOffOn', message: `must be the day of the meeting (${meeting.meetsOn})` }];
}

function throwIfAny(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new InputError(problems);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

async function lockAction(m: EntityManager, id: string): Promise<ActionEntity> {
  const found = await m.findOne(ActionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!found) throw new NotFoundError('Action', id);
  return found;
}

function recordUpdate(m: EntityManager, action: ActionEntity, actor: string, from: ActionStatus | null, note: string | null) {
  return m.insert(ActionUpdateEntity, {
    partnershipId: action.partnershipId,
    actionId: action.id,
    changedBy: actor,
    fromStatus: from,
    toStatus: action.status,
    note,
  });
}

interface References {
  partnershipId: string;
  groupId?: string | null;
  ownerAgencyId: string;
  reviewId: string | null;
  auditId: string | null;
  recommendationId: string | null;
  impactAuditId: string | null;
  impactMeasureId: string | null;
}

/**
 * The owner agency, source, recommendation and the audit or measure named to show its impact must be
 * records of the action's own partnership, and the recommendation one of the same review or audit.
 * Checked before writing so each gets its field.
 */
async function checkReferences(m: EntityManager, r: References): Promise<void> {
  const [found] = (await m.query(
    `SELECT
       EXISTS (SELECT 1 FROM agencies WHERE partnership_id = $1 AND id = $2) AS agency,
       ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM reviews WHERE partnership_id = $1 AND id = $3)) AS review,
       ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM audits WHERE partnership_id = $1 AND id = $4)) AS audit,
       ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM recommendations WHERE partnership_id = $1 AND id = $5
          AND review_id IS NOT DISTINCT FROM $3::uuid AND audit_id IS NOT DISTINCT FROM $4::uuid)) AS recommendation,
       ($6::uuid IS NULL OR EXISTS (SELECT 1 FROM audits WHERE partnership_id = $1 AND id = $6)) AS "impactAudit",
       ($7::uuid IS NULL OR EXISTS (SELECT 1 FROM measures WHERE partnership_id = $1 AND id = $7)) AS "impactMeasure",
       ($8::uuid IS NULL OR EXISTS (SELECT 1 FROM groups WHERE partnership_id = $1 AND id = $8)) AS "group"`,
    [r.partnershipId, r.ownerAgencyId, r.reviewId, r.auditId, r.recommendationId, r.impactAuditId, r.impactMeasureId, r.groupId ?? null],
  )) as { agency: boolean; review: boolean; audit: boolean; recommendation: boolean; impactAudit: boolean; impactMeasure: boolean; group: boolean }[];
  const problems: FieldProblem[] = [];
  if (!found?.agency) problems.push({ field: 'ownerAgencyId', message: outsidePartnershipMessage('agency') });
  if (!found?.review) problems.push({ field: 'reviewId', message: outsidePartnershipMessage('review') });
  if (!found?.audit) problems.push({ field: 'auditId', message: outsidePartnershipMessage('audit') });
  if (!found?.group) problems.push({ field: 'groupId', message: outsidePartnershipMessage('group') });
  if (!found?.recommendation) {
    problems.push({ field: 'recommendationId', message: 'must be a recommendation of the same review or audit, in this partnership' });
  }
  if (!found?.impactAudit) problems.push({ field: 'impactAuditId', message: outsidePartnershipMessage('audit') });
  if (!found?.impactMeasure) problems.push({ field: 'impactMeasureId', message: outsidePartnershipMessage('measure') });
  throwIfAny(problems);
}
