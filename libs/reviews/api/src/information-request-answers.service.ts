import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { answerProblems, informationRequestProblems, type ChronologyRowFields } from '@sli/reviews-domain';
import { InputError, NotFoundError, PageArgs, paginate, type FieldProblem, type Page } from '@sli/shared/api-core';
import { longDate, outsidePartnershipMessage, todayInEngland } from '@sli/shared/domain';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { ChronologyEntryEntity } from './chronology-entry.entity';
import { InformationRequestAnswerInput } from './dto/information-request-answer.input';
import { InformationRequestAnswerEntity } from './information-request-answer.entity';
import { InformationRequestEntity } from './information-request.entity';
import { idsOutsidePartnership } from './partnership-scope';

const text = (v: string | null | undefined): string | null => (v?.trim() ? v.trim() : null);

/**
 * Agencies' answers to information requests and their chronology rows. Saving replaces the answer and
 * all its rows in one transaction; submitting also returns the request (its returned date, the figure
 * the timeliness measures read), once.
 */
@Injectable()
export class InformationRequestAnswersService {
  constructor(
    @InjectRepository(InformationRequestAnswerEntity) private readonly answers: Repository<InformationRequestAnswerEntity>,
    @InjectRepository(ChronologyEntryEntity) private readonly entries: Repository<ChronologyEntryEntity>,
    private readonly dataSource: DataSource,
  ) {}

  findByRequestIds(ids: readonly string[]): Promise<InformationRequestAnswerEntity[]> {
    return this.answers.findBy({ informationRequestId: In([...ids]) });
  }

  /** The rows of the answers, in their order. */
  findChronology(requestIds: readonly string[]): Promise<ChronologyEntryEntity[]> {
    return this.entries.find({ where: { informationRequestId: In([...requestIds]) }, order: { position: 'ASC' } });
  }

  /**
   * The latest day each request was reminded: a reminder recorded on the request, or a reminder notice
   * to one of the agency's leads (each emailed reminder has its notice; see libs/reminders).
   */
  async lastRemindedOn(requestIds: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; on: string }[] = await this.dataSource.query(
      `SELECT ir.id, greatest(ir.reminded_on, (SELECT max(n.created_on) FROM notices n WHERE n.information_request_id = ir.id))::text AS on
         FROM information_requests ir WHERE ir.id = ANY($1::uuid[])`,
      [[...requestIds]],
    );
    return new Map(rows.filter((r) => r.on).map((r) => [r.id, r.on]));
  }

  /** The merged chronology of a review: every submitted answer's rows, by date of event. Drafts are their agency's alone. */
  reviewChronology(reviewId: string, page: PageArgs): Promise<Page<ChronologyEntryEntity>> {
    const qb = this.entries
      .createQueryBuilder('ce')
      .innerJoin(InformationRequestAnswerEntity, 'ans', 'ans.informationRequestId = ce.informationRequestId AND ans.submittedOn IS NOT NULL')
      .innerJoin(InformationRequestEntity, 'ir', 'ir.id = ce.informationRequestId')
      .where('ir.reviewId = :reviewId', { reviewId });
    return paginate(qb, page, { property: 'occurredOn', sqlType: 'date', direction: 'ASC' });
  }

  /** Saves the answer as it stands, with all its rows; `submit` also submits it and returns the request. */
  async save(requestId: string, input: InformationRequestAnswerInput, submit: boolean, actor: string): Promise<InformationRequestEntity> {
    const today = todayInEngland();
    return this.dataSource.transaction(async (m) => {
      const request = await m.getRepository(InformationRequestEntity).findOne({ where: { id: requestId }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw new NotFoundError('InformationRequest', requestId);
      const existing = await m.findOneBy(InformationRequestAnswerEntity, { informationRequestId: requestId });
      const fields = {
        knownToAgency: input.knownToAgency ?? null,
        involvedFrom: input.involvedFrom ?? null,
        involvedTo: input.involvedTo ?? null,
        involvement: text(input.involvement),
        analysis: text(input.analysis),
        notes: text(input.notes),
      };
      const rows: ChronologyRowFields[] = (input.chronology ?? []).map((r) => ({
        occurredOn: r.occurredOn ?? null,
        agencyId: r.agencyId ?? request.agencyId,
        event: text(r.event),
        source: text(r.source),
      }));
      const problems = answerProblems(fields, rows, { submit, today });
      if (existing?.submittedOn && !submit) {
        problems.push({ field: 'submit', message: `is required: the answer was submitted on ${longDate(existing.submittedOn)}, so changes are submitted too` });
      }
      const returnedOn = submit ? (request.returnedOn ?? today) : request.returnedOn;
      problems.push(...informationRequestProblems({ ...request, returnedOn }, today).filter((p) => p.field === 'returnedOn'));
      problems.push(...(await this.agencyProblems(m, request.partnershipId, rows)));
      if (problems.length > 0) throw new InputError(problems);

      await m.save(InformationRequestAnswerEntity, {
        ...(existing ?? {}),
        informationRequestId: requestId,
        partnershipId: request.partnershipId,
        ...fields,
        submittedOn: submit ? (existing?.submittedOn ?? today) : null,
        submittedBy: submit ? (existing?.submittedBy ?? actor) : null,
        updatedBy: actor,
      });
      await m.delete(ChronologyEntryEntity, { informationRequestId: requestId });
      if (rows.length > 0) {
        await m.insert(
          ChronologyEntryEntity,
          rows.map((r, i) => ({
            partnershipId: request.partnershipId,
            informationRequestId: requestId,
            position: i + 1,
            occurredOn: r.occurredOn as string,
            agencyId: r.agencyId as string,
            event: r.event as string,
            source: r.source,
          })),
        );
      }
      if (returnedOn !== request.returnedOn) {
        await m.update(InformationRequestEntity, { id: requestId }, { returnedOn });
        request.returnedOn = returnedOn;
      }
      return request;
    });
  }

  /** Whether a request has a submitted answer: its return then stands (it cannot be cleared). */
  async submittedOn(requestId: string): Promise<string | null> {
    return (await this.answers.findOneBy({ informationRequestId: requestId }))?.submittedOn ?? null;
  }

  private async agencyProblems(m: EntityManager, partnershipId: string, rows: readonly ChronologyRowFields[]): Promise<FieldProblem[]> {
    const outside = new Set(await idsOutsidePartnership(m, 'agencies', partnershipId, rows.flatMap((r) => (r.agencyId ? [r.agencyId] : []))));
    return rows.flatMap((r, i) =>
      r.agencyId && outside.has(r.agencyId) ? [{ field: `chronology[${i}].agencyId`, message: `row ${i + 1}: ${outsidePartnershipMessage('agency')}` }] : [],
    );
  }
}
