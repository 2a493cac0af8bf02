import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { assertNothingDepends, containsPattern, NotFoundError, type Page, PageArgs, paginate } from '@sli/shared/api-core';
import { randomUUID } from 'node:crypto';
import { DataSource, In, Repository } from 'typeorm';
import { AgencyEntity } from './agency.entity';
import { AgencyFilter, CreateAgencyInput, UpdateAgencyInput } from './dto/agency.input';
import { CreatePartnershipInput, UpdatePartnershipInput } from './dto/partnership.input';
import { PartnershipEntity } from './partnership.entity';

@Injectable()
export class PartnershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(PartnershipEntity) private readonly partnerships: Repository<PartnershipEntity>,
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
  ) {}

  listPartnerships(page: PageArgs): Promise<Page<PartnershipEntity>> {
    const qb = this.partnerships.createQueryBuilder('p');
    return paginate(qb, page, { property: 'name', sqlType: 'text', direction: 'ASC' }, (p) => p.name);
  }

  findPartnershipsByIds(ids: readonly string[]): Promise<PartnershipEntity[]> {
    return this.partnerships.findBy({ id: In([...ids]) });
  }

  async getPartnership(id: string): Promise<PartnershipEntity> {
    const found = await this.partnerships.findOneBy({ id });
    if (!found) throw new NotFoundError('Partnership', id);
    return found;
  }

  createPartnership(input: CreatePartnershipInput): Promise<PartnershipEntity> {
    return this.partnerships.save(this.partnerships.create({ region: null, suppressionThreshold: 5, followUpWeeks: 8, ...input }));
  }

  async updatePartnership(id: string, input: UpdatePartnershipInput): Promise<PartnershipEntity> {
    const existing = await this.getPartnership(id);
    return this.partnerships.save(this.partnerships.merge(existing, input));
  }

  listAgencies(filter: AgencyFilter = {}, page: PageArgs): Promise<Page<AgencyEntity>> {
    const qb = this.agencies.createQueryBuilder('a');
    if (filter.partnershipId) qb.andWhere('a.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.sector) qb.andWhere('a.sector = :sector', { sector: filter.sector });
    if (filter.search) qb.andWhere('a.name ILIKE :search', { search: containsPattern(filter.search) });
    return paginate(qb, page, { property: 'name', sqlType: 'text', direction: 'ASC' }, (a) => a.name);
  }

  findAgenciesByIds(ids: readonly string[]): Promise<AgencyEntity[]> {
    return this.agencies.findBy({ id: In([...ids]) });
  }

  async getAgency(id: string): Promise<AgencyEntity> {
    const found = await this.agencies.findOneBy({ id });
    if (!found) throw new NotFoundError('Agency', id);
    return found;
  }

  async createAgency(input: CreateAgencyInput): Promise<AgencyEntity> {
    await this.getPartnership(input.partnershipId);
    return this.agencies.save(this.agencies.create({ isCoreMember: true, ...input, ref: input.ref ?? randomUUID() }));
  }

  async updateAgency(id: string, input: UpdateAgencyInput): Promise<AgencyEntity> {
    const existing = await this.getAgency(id);
    return this.agencies.save(this.agencies.merge(existing, input));
  }

  /**
   * Deletes an agency no record names: refused, naming them, while it owns actions, takes part in
   * reviews or audits, has information requests, referrals or engagement log entries, section 11 assessments, places booked on training, measures,
   * strategies or users. Returns it as it was; the change history keeps it.
   */
  removeAgency(id: string): Promise<AgencyEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(AgencyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('Agency', id);
      await assertNothingDepends(m, { entity: 'Agency', id, ref: `"${existing.name}"` }, AGENCY_DEPENDENTS);
      await m.delete(AgencyEntity, { id });
      return { ...existing };
    });
  }
}


/**
 * Every record that names an agency, by its own reference (a user by email). Each table with a foreign
 * key to agencies is here: reference-deletion.int-spec checks it against the database's constraints.
 */
export const AGENCY_DEPENDENTS = [
  { noun: ['action it owns', 'actions it owns'], sql: 'SELECT ref FROM actions WHERE owner_agency_id = $1' },
  { noun: ['review involving it', 'reviews involving it'], sql: 'SELECT r.ref FROM reviews r JOIN review_agencies x ON x.review_id = r.id WHERE x.agency_id = $1' },
  { noun: ['information request', 'information requests'], sql: 'SELECT ref FROM information_requests WHERE agency_id = $1' },
  {
    noun: ['information request whose chronology names it', 'information requests whose chronology names it'],
    sql: 'SELECT DISTINCT ir.ref FROM information_requests ir JOIN chronology_entries c ON c.information_request_id = ir.id WHERE c.agency_id = $1',
  },
  { noun: ['referral it made', 'referrals it made'], sql: 'SELECT ref FROM referrals WHERE referring_agency_id = $1' },
  // Group members without an account are named with their agency: by their groups.
  {
    noun: ['group with a member from it', 'groups with a member from it'],
    sql: 'SELECT DISTINCT g.name AS ref FROM groups g JOIN group_members m ON m.group_id = g.id WHERE m.agency_id = $1',
  },
  // Engagement log entries by their reviews: an entry made on the dashboard has a made-up ref.
  {
    noun: ['review whose engagement log names it', 'reviews whose engagement log names it'],
    sql: 'SELECT DISTINCT r.ref FROM reviews r JOIN review_engagements e ON e.review_id = r.id WHERE e.agency_id = $1',
  },
  {
    noun: ['audit it leads or takes part in', 'audits it leads or takes part in'],
    sql: 'SELECT ref FROM audits WHERE lead_agency_id = $1 UNION SELECT a.ref FROM audits a JOIN audit_agencies x ON x.audit_id = a.id WHERE x.agency_id = $1',
  },
  { noun: ['section 11 assessment', 'section 11 assessments'], sql: 'SELECT ref FROM section11_assessments WHERE agency_id = $1' },
  // An agency's returns for audit rounds (issue 13), by their audits.
  { noun: ['audit it was asked to return its part of', 'audits it was asked to return its part of'], sql: 'SELECT a.ref FROM audits a JOIN audit_agency_returns x ON x.audit_id = a.id WHERE x.agency_id = $1' },
  // An agency's own grades in case audits, by their cases (issue 10).
  {
    noun: ['audit case grading it', 'audit cases grading it'],
    sql: 'SELECT DISTINCT c.ref FROM audit_cases c JOIN audit_case_domain_grades g ON g.audit_case_id = c.id WHERE g.agency_id = $1',
  },
  // Bookings by their sessions: a booking made on the dashboard has a made-up ref.
  {
    noun: ['training session it booked places on', 'training sessions it booked places on'],
    sql: 'SELECT DISTINCT s.ref FROM training_sessions s JOIN training_attendances t ON t.session_id = s.id WHERE t.agency_id = $1',
  },
  { noun: ['measure', 'measures'], sql: 'SELECT ref FROM measures WHERE agency_id = $1' },
  { noun: ['strategy it is a partner in', 'strategies it is a partner in'], sql: 'SELECT s.ref FROM oba_strategies s JOIN oba_strategy_partners x ON x.strategy_id = s.id WHERE x.agency_id = $1' },
  { noun: ['user of the agency', 'users of the agency'], sql: 'SELECT u.email AS ref FROM users u JOIN user_partnerships x ON x.user_id = u.id WHERE x.agency_id = $1' },
] as const;
