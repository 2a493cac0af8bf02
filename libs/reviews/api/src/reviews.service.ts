import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AgencyEntity, linkedAgencies, PartnershipsService } from '@sli/partnerships-api';
import { reviewConductProblems, reviewKindProblems, reviewProblems, reviewTimescaleProblems, type PartnershipKindValue, type ReviewNotification } from '@sli/reviews-domain';
import { assertNothingDepends, chooseSort, containsPattern, SortDirection, type FieldProblem, InputError, NotFoundError, type Page, PageArgs, paginate } from '@sli/shared/api-core';
import { outsidePartnershipMessage, todayInEngland } from '@sli/shared/domain';
import { setThemes, type ThemeLink } from '@sli/themes-api';
import { randomUUID } from 'node:crypto';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { CreateReviewInput, ReviewFilter, reviewSortFieldColumns, ReviewSortField, type ReviewSortArgs, UpdateReviewInput } from './dto/review.input';
import { idsOutsidePartnership } from './partnership-scope';
import type { ReviewStatusChange } from './models/review-status-change.model';
import { ReviewEntity } from './review.entity';
import { ReviewTimescaleChangeEntity } from './review-timescale-change.entity';
import { FamilyParticipation, ReviewStatus } from './review.enums';
import { applyPatch } from './review.rules';

export const REVIEW_THEMES: ThemeLink = { table: 'review_themes', ownerColumn: 'review_id' };

type ReviewFields = Omit<ReviewEntity, 'id' | 'createdAt' | 'updatedAt'>;

const REQUIRED = ['ref', 'type', 'title', 'status', 'initiatedOn', 'independentReviewer', 'familyParticipation'] as const;

@Injectable()
export class ReviewsService {
  constructor(
    @InjectRepository(ReviewEntity) private readonly reviews: Repository<ReviewEntity>,
    private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
  ) {}

  list(filter: ReviewFilter = {}, page: PageArgs, sort: ReviewSortArgs = {}): Promise<Page<ReviewEntity>> {
    const qb = this.reviews.createQueryBuilder('r');
    if (filter.partnershipId) qb.andWhere('r.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.types?.length) qb.andWhere('r.type IN (:...types)', { types: filter.types });
    if (filter.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.initiatedFrom) qb.andWhere('r.initiatedOn >= :from', { from: filter.initiatedFrom });
    if (filter.initiatedTo) qb.andWhere('r.initiatedOn <= :to', { to: filter.initiatedTo });
    if (filter.agencyId) {
      qb.andWhere('EXISTS (SELECT 1 FROM review_agencies ra WHERE ra.review_id = r.id AND ra.agency_id = :agencyId)', {
        agencyId: filter.agencyId,
      });
    }
    if (filter.themeId) {
      qb.andWhere('EXISTS (SELECT 1 FROM review_themes rt WHERE rt.review_id = r.id AND rt.theme_id = :themeId)', {
        themeId: filter.themeId,
      });
    }
    if (filter.search) qb.andWhere('r.title ILIKE :search', { search: containsPattern(filter.search) });
    const key = chooseSort(reviewSortFieldColumns, { field: ReviewSortField.initiatedOn, direction: SortDirection.desc }, sort.sort, sort.direction);
    return paginate(qb, page, key);
  }

  findReviewsByIds(ids: readonly string[]): Promise<ReviewEntity[]> {
    return this.reviews.findBy({ id: In([...ids]) });
  }

  /**
   * Deletes a review with what is part of it (status history, agencies involved, themes); refused while
   * its findings, recommendations, actions, information requests, later reviews or learning products
   * depend on it. Returns it as it was.
   */
  remove(id: string): Promise<ReviewEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(ReviewEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('Review', id);
      await assertNothingDepends(m, { entity: 'Review', id, ref: existing.ref }, [
        { noun: ['finding', 'findings'], sql: 'SELECT ref FROM findings WHERE review_id = $1' },
        { noun: ['recommendation', 'recommendations'], sql: 'SELECT ref FROM recommendations WHERE review_id = $1' },
        { noun: ['action', 'actions'], sql: 'SELECT ref FROM actions WHERE review_id = $1' },
        { noun: ['information request', 'information requests'], sql: 'SELECT ref FROM information_requests WHERE review_id = $1' },
        { noun: ['review that led from it', 'reviews that led from it'], sql: 'SELECT ref FROM reviews WHERE source_review_id = $1' },
        { noun: ['referral led to it', 'referrals led to it'], sql: 'SELECT ref FROM referrals WHERE review_id = $1' },
        {
          noun: ['learning product', 'learning products'],
          sql: 'SELECT p.ref FROM learning_products p JOIN learning_product_reviews l ON l.learning_product_id = p.id WHERE l.review_id = $1',
        },
      ]);
      await m.delete(ReviewEntity, { id });
      return { ...existing };
    });
  }

  /** Reviews arising from any of the notifications, newest first. */
  findReviewsByNotificationIds(notificationIds: readonly string[]): Promise<ReviewEntity[]> {
    return this.reviews.find({
      where: { notificationId: In([...notificationIds]) },
      order: { initiatedOn: 'DESC', id: 'DESC' },
    });
  }

  /** The status history of many reviews, oldest first (by the day each took effect, then as recorded). */
  findStatusHistory(reviewIds: readonly string[]): Promise<(ReviewStatusChange & { reviewId: string })[]> {
    return this.dataSource.query(
      `SELECT c.review_id AS "reviewId", c.changed_on AS "changedOn", c.status, c.recorded_at AS "recordedAt",
              c.recorded_by AS "recordedBy", c.derived
       FROM review_status_changes c WHERE c.review_id = ANY($1::uuid[])
       ORDER BY c.review_id, c.changed_on, c.id`,
      [[...reviewIds]],
    );
  }

  /** The agencies involved in any of the reviews, by name, each tagged with its review. */
  async findAgenciesOfReviews(reviewIds: readonly string[]): Promise<(AgencyEntity & { reviewId: string })[]> {
    const found = await linkedAgencies(this.dataSource, { table: 'review_agencies', owner: 'review_id' }, reviewIds);
    return found.map((a) => ({ ...a, reviewId: a.ownerId }));
  }


  async create(input: CreateReviewInput): Promise<ReviewEntity> {
    await this.partnerships.getPartnership(input.partnershipId);
    const { agencyIds, themeIds, partnershipId, ...fields } = input;
    const base: ReviewFields = {
      partnershipId,
      ref: randomUUID(),
      type: input.type,
      title: input.title,
      status: ReviewStatus.PROPOSED,
      notificationId: null,
      sourceReviewId: null,
      initiatedOn: input.initiatedOn,
      termsAgreedOn: null,
      completedOn: null,
      publishedOn: null,
      unpublishedReason: null,
      independentReviewer: false,
      familyParticipation: FamilyParticipation.NOT_YET_OFFERED,
      practitionersInvolved: null,
      reviewers: null,
      method: null,
      methodDetails: null,
      reportSharedOn: null,
      plannedPublicationOn: null,
      infoRequestedOn: null,
      meetingOn: null,
      sentToPanelOn: null,
      rapidReviewOutcome: null,
      nationalReviewRecommended: null,
    };
    const { merged, problems } = applyPatch(base, fields, REQUIRED);
    return this.dataSource.transaction(async (m) => {
      await this.check(m, null, merged, { agencyIds, themeIds }, problems, true);
      const saved = await m.save(ReviewEntity, m.create(ReviewEntity, merged));
      if (agencyIds?.length) await setAgencies(m, partnershipId, saved.id, agencyIds);
      if (themeIds?.length) await setThemes(m, REVIEW_THEMES, partnershipId, saved.id, themeIds);
      return saved;
    });
  }

  async update(id: string, input: UpdateReviewInput): Promise<ReviewEntity> {
    const { agencyIds, themeIds, ...fields } = input;
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOneBy(ReviewEntity, { id });
      if (!existing) throw new NotFoundError('Review', id);
      const { merged, problems } = applyPatch(existing, fields, REQUIRED);
      await this.check(m, id, merged, { agencyIds, themeIds }, problems, merged.type !== existing.type);
      const saved = await m.save(ReviewEntity, merged);
      if (agencyIds) await setAgencies(m, existing.partnershipId, id, agencyIds);
      if (themeIds) await setThemes(m, REVIEW_THEMES, existing.partnershipId, id, themeIds);
      return saved;
    });
  }

  /**
   * Every rule on the review as it would be saved, and every record it points at being in its
   * partnership; throws one error naming every field at fault, before anything is written. A new type
   * must be one the partnership's kind holds (a review recorded before the partnership changed kind
   * keeps its type).
   */
  private async check(
    m: EntityManager,
    id: string | null,
    r: ReviewFields,
    links: { agencyIds?: string[] | null; themeIds?: string[] | null },
    problems: FieldProblem[],
    typeIsNew: boolean,
  ): Promise<void> {
    const pid = r.partnershipId;
    if (typeIsNew) {
      const [partnership] = (await m.query('SELECT kind FROM partnerships WHERE id = $1', [pid])) as { kind: PartnershipKindValue }[];
      if (partnership) problems.push(...reviewKindProblems(r.type, partnership.kind));
    }
    let notification: ReviewNotification | null = null;
    if (r.notificationId) {
      const [found] = (await m.query(`SELECT date_notified AS "dateNotified" FROM notifications WHERE id = $1 AND partnership_id = $2`, [
        r.notificationId,
        pid,
      ])) as ReviewNotification[];
      if (found) notification = found;
      else problems.push({ field: 'notificationId', message: outsidePartnershipMessage('notification') });
    }
    problems.push(...reviewProblems(r, todayInEngland(), notification), ...reviewConductProblems(r, todayInEngland()));
    if (id) problems.push(...reviewTimescaleProblems(r, await m.find(ReviewTimescaleChangeEntity, { where: { reviewId: id } })));
    if (r.sourceReviewId && r.sourceReviewId === id) {
      problems.push({ field: 'sourceReviewId', message: 'cannot be the review itself' });
    } else if (r.sourceReviewId && (await idsOutsidePartnership(m, 'reviews', pid, [r.sourceReviewId])).length > 0) {
      problems.push({ field: 'sourceReviewId', message: outsidePartnershipMessage('review') });
    }
    const foreignAgencies = await idsOutsidePartnership(m, 'agencies', pid, links.agencyIds ?? []);
    if (foreignAgencies.length > 0) {
      problems.push({ field: 'agencyIds', message: `holds agencies not in this partnership: ${foreignAgencies.join(', ')}` });
    }
    const foreignThemes = await idsOutsidePartnership(m, 'themes', pid, links.themeIds ?? []);
    if (foreignThemes.length > 0) {
      problems.push({ field: 'themeIds', message: `holds themes not in this partnership: ${foreignThemes.join(', ')}` });
    }
    if (problems.length > 0) throw new InputError(problems);
  }
}

/** Replaces a review's agency set, inside the caller's transaction; ids were checked by `check`. */
async function setAgencies(m: EntityManager, partnershipId: string, reviewId: string, agencyIds: readonly string[]): Promise<void> {
  const unique = [...new Set(agencyIds)];
  await m.query('DELETE FROM review_agencies WHERE review_id = $1', [reviewId]);
  if (unique.length > 0) {
    await m.query('INSERT INTO review_agencies (partnership_id, review_id, agency_id) SELECT $1, $2, unnest($3::uuid[])', [
      partnershipId,
      reviewId,
      unique,
    ]);
  }
}

