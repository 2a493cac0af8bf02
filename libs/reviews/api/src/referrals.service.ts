import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PartnershipsService } from '@sli/partnerships-api';
import { referralProblems, type ReferralReview } from '@sli/reviews-domain';
import { outsidePartnershipMessage, todayInEngland } from '@sli/shared/domain';
import { InputError, NotFoundError, PageArgs, paginate, type FieldProblem, type Page } from '@sli/shared/api-core';
import { randomUUID } from 'node:crypto';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { CreateReferralInput, ReferralFilter, UpdateReferralInput } from './dto/referral.input';
import { idsOutsidePartnership } from './partnership-scope';
import { ReferralEntity } from './referral.entity';
import { applyPatch } from './review.rules';

type ReferralFields = Omit<ReferralEntity, 'id' | 'createdAt' | 'updatedAt'>;

const REQUIRED = ['ref', 'referredOn', 'route', 'criteria'] as const;

@Injectable()
export class ReferralsService {
  constructor(
    @InjectRepository(ReferralEntity) private readonly referrals: Repository<ReferralEntity>,
    private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
  ) {}

  /** Most recently referred first (ties by id), filtered by partnership, referral date range, decision or referring agency. */
  list(filter: ReferralFilter = {}, page: PageArgs): Promise<Page<ReferralEntity>> {
    const qb = this.referrals.createQueryBuilder('r');
    if (filter.partnershipId) qb.andWhere('r.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.referredFrom) qb.andWhere('r.referredOn >= :from', { from: filter.referredFrom });
    if (filter.referredTo) qb.andWhere('r.referredOn <= :to', { to: filter.referredTo });
    if (filter.decision) qb.andWhere('r.decision = :decision', { decision: filter.decision });
    if (filter.referringAgencyId) qb.andWhere('r.referringAgencyId = :agency', { agency: filter.referringAgencyId });
    return paginate(qb, page, { property: 'referredOn', sqlType: 'date', direction: 'DESC' });
  }

  findByIds(ids: readonly string[]): Promise<ReferralEntity[]> {
    return this.referrals.findBy({ id: In([...ids]) });
  }

  /** The referrals that led to any of the notifications or reviews (by the column named). */
  findByLinks(column: 'notificationId' | 'reviewId', ids: readonly string[]): Promise<ReferralEntity[]> {
    return this.referrals.find({ where: { [column]: In([...ids]) }, order: { referredOn: 'DESC', id: 'ASC' } });
  }

  /** Deletes a referral; nothing depends on one (it points at what it led to). Returns it as it was. */
  remove(id: string): Promise<ReferralEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(ReferralEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('Referral', id);
      await m.delete(ReferralEntity, { id });
      return { ...existing };
    });
  }

  async create(input: CreateReferralInput): Promise<ReferralEntity> {
    await this.partnerships.getPartnership(input.partnershipId);
    const { partnershipId, ...fields } = input;
    const base: ReferralFields = {
      partnershipId,
      ref: randomUUID(),
      referredOn: input.referredOn,
      route: input.route,
      referringAgencyId: null,
      criteria: input.criteria,
      groupRecommendation: null,
      decision: null,
      reasons: null,
      decidedBy: null,
      decidedOn: null,
      referrerToldOn: null,
      panelResponse: null,
      notificationId: null,
      reviewId: null,
      summary: null,
    };
    const { merged, problems } = applyPatch(base, fields, REQUIRED);
    return this.dataSource.transaction(async (m) => {
      await this.check(m, merged, problems);
      return m.save(ReferralEntity, m.create(ReferralEntity, merged));
    });
  }

  async update(id: string, input: UpdateReferralInput): Promise<ReferralEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(ReferralEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('Referral', id);
      const { merged, problems } = applyPatch(existing, input, REQUIRED);
      await this.check(m, merged, problems);
      return m.save(ReferralEntity, merged);
    });
  }

  /** Every rule on the record as it would be saved; throws one error naming every field at fault. */
  private async check(m: EntityManager, r: ReferralFields, problems: FieldProblem[]): Promise<void> {
    const pid = r.partnershipId;
    let review: ReferralReview | null = null;
    if (r.reviewId) {
      const [found] = (await m.query(`SELECT ref, type FROM reviews WHERE id = $1 AND partnership_id = $2`, [r.reviewId, pid])) as ReferralReview[];
      if (found) review = found;
      else problems.push({ field: 'reviewId', message: outsidePartnershipMessage('review') });
    }
    problems.push(...referralProblems(r, todayInEngland(), review));
    if (r.notificationId && (await idsOutsidePartnership(m, 'notifications', pid, [r.notificationId])).length > 0) {
      problems.push({ field: 'notificationId', message: outsidePartnershipMessage('notification') });
    }
    if (r.referringAgencyId && (await idsOutsidePartnership(m, 'agencies', pid, [r.referringAgencyId])).length > 0) {
      problems.push({ field: 'referringAgencyId', message: outsidePartnershipMessage('agency') });
    }
    if (problems.length > 0) throw new InputError(problems);
  }
}
