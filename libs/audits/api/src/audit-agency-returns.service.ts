import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AUDIT_RETURN_DEFAULT_WORKING_DAYS, invitationProblems } from '@sli/audits-domain';
import { CalendarService } from '@sli/calendar-api';
import { addWorkingDays } from '@sli/calendar-domain';
import { InputError, NotFoundError, type FieldProblem } from '@sli/shared/api-core';
import { outsidePartnershipMessage, repeatedItems, todayInEngland } from '@sli/shared/domain';
import { DataSource, In, Repository } from 'typeorm';
import { AuditAgencyReturnEntity, AuditReturnCaseEntity } from './audit-agency-return.entity';
import { AuditEntity } from './audit.entity';
import { InviteAuditAgenciesInput } from './dto/audit-agency-return.input';

/**
 * Invitations to return an audit round's part, one per agency, and their look-ups. Inviting is one
 * transaction: every invitation (and the agency's place among those taking part) or none.
 */
@Injectable()
export class AuditAgencyReturnsService {
  constructor(
    @InjectRepository(AuditAgencyReturnEntity) private readonly returns: Repository<AuditAgencyReturnEntity>,
    @InjectRepository(AuditReturnCaseEntity) private readonly cases: Repository<AuditReturnCaseEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendar: CalendarService,
  ) {}

  findByIds(ids: readonly string[]): Promise<AuditAgencyReturnEntity[]> {
    return this.returns.findBy({ id: In([...ids]) });
  }

  async get(id: string): Promise<AuditAgencyReturnEntity> {
    const found = await this.returns.findOneBy({ id });
    if (!found) throw new NotFoundError('AuditAgencyReturn', id);
    return found;
  }

  /** A round's invitations, by agency name (the tracker's rows). */
  findByAuditIds(auditIds: readonly string[]): Promise<AuditAgencyReturnEntity[]> {
    return this.returns
      .createQueryBuilder('r')
      .innerJoin('agencies', 'ag', 'ag.id = r.agency_id')
      .where('r.auditId IN (:...auditIds)', { auditIds: [...auditIds] })
      .orderBy('ag.name', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
  }

  /** An agency lead's returns: outstanding ones by due date, then the returned ones, latest due first. */
  forAgencies(partnershipIds: readonly string[], agencyIds: readonly string[]): Promise<AuditAgencyReturnEntity[]> {
    if (partnershipIds.length === 0 || agencyIds.length === 0) return Promise.resolve([]);
    return this.returns
      .createQueryBuilder('r')
      .where('r.partnershipId IN (:...partnershipIds) AND r.agencyId IN (:...agencyIds)', { partnershipIds: [...partnershipIds], agencyIds: [...agencyIds] })
      .orderBy('r.returnedOn IS NULL', 'DESC')
      .addOrderBy('CASE WHEN r.returnedOn IS NULL THEN r.dueOn END', 'ASC')
      .addOrderBy('r.dueOn', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
  }

  findCasesByReturnIds(ids: readonly string[]): Promise<AuditReturnCaseEntity[]> {
    return this.cases.find({ where: { auditAgencyReturnId: In([...ids]) }, order: { auditCaseId: 'ASC' } });
  }

  /**
   * The latest day each return was chased: a new invitation recorded on it, or a reminder notice to one
   * of the agency's leads (as information requests: see libs/reminders).
   */
  async lastRemindedOn(ids: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; on: string | null }[] = await this.dataSource.query(
      `SELECT r.id, greatest(r.reminded_on, (SELECT max(n.created_on) FROM notices n WHERE n.audit_agency_return_id = r.id))::text AS on
         FROM audit_agency_returns r WHERE r.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return new Map(rows.flatMap((r) => (r.on ? [[r.id, r.on] as [string, string]] : [])));
  }

  /**
   * Invites agencies (the audit's agencies taking part when none are named) to return by a due date:
   * 20 working days after the invitation unless given. An agency already invited keeps its invitation;
   * an agency invited becomes one taking part. Returns the invitations of the agencies asked, by agency name.
   */
  async invite(input: InviteAuditAgenciesInput, actor: string): Promise<AuditAgencyReturnEntity[]> {
    const today = todayInEngland();
    const sentOn = input.sentOn ?? today;
    const dueOn = input.dueOn ?? addWorkingDays(sentOn, AUDIT_RETURN_DEFAULT_WORKING_DAYS, await this.calendar.holidays());
    return this.dataSource.transaction(async (m) => {
      const audit = await m.findOne(AuditEntity, { where: { id: input.auditId }, lock: { mode: 'pessimistic_write' } });
      if (!audit) throw new InputError([{ field: 'auditId', message: 'is not an audit' }]);
      const problems: FieldProblem[] = invitationProblems({ sentOn, dueOn }, today);
      let agencyIds = input.agencyIds ?? null;
      if (!agencyIds) {
        const taking: { agency_id: string }[] = await m.query(`SELECT agency_id FROM audit_agencies WHERE audit_id = $1`, [audit.id]);
        agencyIds = taking.map((t) => t.agency_id);
        if (agencyIds.length === 0) problems.push({ field: 'agencyIds', message: 'is required: the audit names no agencies taking part, so choose the agencies to invite' });
      } else {
        if (agencyIds.length === 0) problems.push({ field: 'agencyIds', message: 'must name at least one agency' });
        problems.push(...repeatedItems(agencyIds, 'agencyIds', 'id', (id) => id, 'agency').map((p) => ({ ...p, field: p.field.replace(/\.id$/, '') })));
        const known: { id: string }[] = await m.query(`SELECT id FROM agencies WHERE partnership_id = $1 AND id = ANY($2::uuid[])`, [audit.partnershipId, agencyIds]);
        const inside = new Set(known.map((k) => k.id));
        agencyIds.forEach((id, i) => {
          if (!inside.has(id)) problems.push({ field: `agencyIds[${i}]`, message: outsidePartnershipMessage('agency') });
        });
      }
      if (problems.length > 0) throw new InputError(problems);
      const unique = [...new Set(agencyIds)];
      await m.query(
        `INSERT INTO audit_agency_returns (partnership_id, audit_id, agency_id, sent_on, due_on, invited_by)
         SELECT $1, $2, a, $3::date, $4::date, $5 FROM unnest($6::uuid[]) a
         ON CONFLICT (audit_id, agency_id) DO NOTHING`,
        [audit.partnershipId, audit.id, sentOn, dueOn, actor, unique],
      );
      await m.query(
        `INSERT INTO audit_agencies (partnership_id, audit_id, agency_id) SELECT $1, $2, a FROM unnest($3::uuid[]) a ON CONFLICT DO NOTHING`,
        [audit.partnershipId, audit.id, unique],
      );
      return m
        .getRepository(AuditAgencyReturnEntity)
        .createQueryBuilder('r')
        .innerJoin('agencies', 'ag', 'ag.id = r.agency_id')
        .where('r.auditId = :auditId AND r.agencyId IN (:...unique)', { auditId: audit.id, unique })
        .orderBy('ag.name', 'ASC')
        .getMany();
    });
  }

  /**
   * Invites an agency again: recorded as a reminder today, with a new due date if given. A return already
   * submitted is reopened (the agency may change it and submit it again; its returned date clears).
   */
  async reinvite(id: string, dueOn: string | null | undefined, actor: string): Promise<AuditAgencyReturnEntity> {
    const today = todayInEngland();
    return this.dataSource.transaction(async (m) => {
      const found = await m.findOne(AuditAgencyReturnEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw new NotFoundError('AuditAgencyReturn', id);
      const due = dueOn ?? found.dueOn;
      const problems = invitationProblems({ sentOn: found.sentOn, dueOn: due }, today);
      if (problems.length > 0) throw new InputError(problems);
      Object.assign(found, { dueOn: due, remindedOn: today, returnedOn: null, submittedBy: null, updatedBy: actor });
      return m.save(AuditAgencyReturnEntity, found);
    });
  }
}
