import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { InputError, NotFoundError, PageArgs, paginate, type FieldProblem, type Page } from '@sli/shared/api-core';
import { informationRequestProblems } from '@sli/reviews-domain';
import { longDate, outsidePartnershipMessage, todayInEngland } from '@sli/shared/domain';
import { DataSource, In, Repository } from 'typeorm';
import {
  CreateInformationRequestInput,
  InformationRequestFilter,
  UpdateInformationRequestInput,
} from './dto/information-request.input';
import { InformationRequestEntity } from './information-request.entity';
import { idsOutsidePartnership } from './partnership-scope';
import { ReviewEntity } from './review.entity';
import { applyPatch } from './review.rules';

type InformationRequestFields = Omit<InformationRequestEntity, 'id' | 'createdAt' | 'updatedAt'>;

const REQUIRED = ['ref', 'agencyId', 'kind', 'sentOn', 'dueOn'] as const;

@Injectable()
export class InformationRequestsService {
  constructor(
    @InjectRepository(InformationRequestEntity) private readonly requests: Repository<InformationRequestEntity>,
    @InjectRepository(ReviewEntity) private readonly reviews: Repository<ReviewEntity>,
    private readonly dataSource: DataSource,
  ) {}

  list(filter: InformationRequestFilter = {}, page: PageArgs): Promise<Page<InformationRequestEntity>> {
    const qb = this.requests.createQueryBuilder('ir');
    if (filter.partnershipId) qb.andWhere('ir.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.reviewId) qb.andWhere('ir.reviewId = :reviewId', { reviewId: filter.reviewId });
    if (filter.agencyId) qb.andWhere('ir.agencyId = :agencyId', { agencyId: filter.agencyId });
    if (filter.outstanding === true) qb.andWhere('ir.returnedOn IS NULL');
    if (filter.outstanding === false) qb.andWhere('ir.returnedOn IS NOT NULL');
    return paginate(qb, page, { property: 'dueOn', sqlType: 'date', direction: 'ASC' }, (r) => r.dueOn);
  }

  findByIds(ids: readonly string[]): Promise<InformationRequestEntity[]> {
    return this.requests.findBy({ id: In([...ids]) });
  }

  /** Requests of any of the reviews, soonest due first. */
  findByReviewIds(reviewIds: readonly string[]): Promise<InformationRequestEntity[]> {
    return this.requests.find({ where: { reviewId: In([...reviewIds]) }, order: { dueOn: 'ASC', id: 'ASC' } });
  }

  async create(input: CreateInformationRequestInput): Promise<InformationRequestEntity> {
    const review = await this.reviews.findOneBy({ id: input.reviewId });
    if (!review) throw new InputError([{ field: 'reviewId', message: 'refers to no review' }]);
    const { reviewId, ...fields } = input;
    const base: InformationRequestFields = {
      partnershipId: review.partnershipId,
      reviewId,
      ref: input.ref ?? (await this.nextRef(review)),
      agencyId: input.agencyId,
      kind: input.kind,
      sentOn: input.sentOn,
      dueOn: input.dueOn,
      remindedOn: null,
      returnedOn: null,
    };
    const { merged, problems } = applyPatch(base, fields, REQUIRED);
    await this.check(merged, problems);
    return this.requests.save(this.requests.create(merged));
  }

  async update(id: string, input: UpdateInformationRequestInput): Promise<InformationRequestEntity> {
    const existing = await this.requests.findOneBy({ id });
    if (!existing) throw new NotFoundError('InformationRequest', id);
    const { merged, problems } = applyPatch(existing, input, REQUIRED);
    // A submitted answer is the return: the request stays returned, on or before the day of the answer.
    const [answer] = (await this.dataSource.query(
      `SELECT submitted_on::text AS on FROM information_request_answers WHERE information_request_id = $1 AND submitted_on IS NOT NULL`,
      [id],
    )) as { on: string }[];
    if (answer && !merged.returnedOn) {
      problems.push({ field: 'returnedOn', message: `is required: the agency submitted its answer on ${longDate(answer.on)}, which returned the request` });
    } else if (answer && merged.returnedOn && merged.returnedOn > answer.on) {
      problems.push({ field: 'returnedOn', message: `must be on or before ${longDate(answer.on)}, the day the agency submitted its answer` });
    }
    await this.check(merged, problems);
    return this.requests.save(merged);
  }

  /** A reference people can read when none is given: the review's, then IR and the next number (`LCSPR-2026-27-01/IR3`). */
  private async nextRef(review: ReviewEntity): Promise<string> {
    const held = new Set((await this.requests.find({ where: { partnershipId: review.partnershipId }, select: { ref: true } })).map((r) => r.ref));
    let n = (await this.requests.countBy({ reviewId: review.id })) + 1;
    while (held.has(`${review.ref}/IR${n}`)) n++;
    return `${review.ref}/IR${n}`;
  }

  private async check(r: InformationRequestFields, problems: FieldProblem[]): Promise<void> {
    problems.push(...informationRequestProblems(r, todayInEngland()));
    if ((await idsOutsidePartnership(this.dataSource.manager, 'agencies', r.partnershipId, [r.agencyId])).length > 0) {
      problems.push({ field: 'agencyId', message: outsidePartnershipMessage('agency') });
    }
    if (problems.length > 0) throw new InputError(problems);
  }
}
