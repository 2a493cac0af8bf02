import { InjectRepository } from '@nestjs/typeorm';
import { Context, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InformationRequest, InformationRequestEntity } from '@sli/reviews-api';
import { requireCaller, type RequestContext } from '@sli/shared/api-core';
import { In, IsNull, Not, Repository, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { ActionEntity } from './action.entity';
import { ActionStatus } from './action.enums';
import { Action } from './models/action.model';

/** How many finished items (closed actions, returned requests) to show after the open ones: the latest due. */
export const MY_WORK_DONE_SHOWN = 20;

@ObjectType({ description: "What the caller's agency owes: its actions and its information requests, open first, each by due date." })
export class MyWork {
  @Field(() => [Action], { description: `Open actions (not started, in progress) by due date, then the ${MY_WORK_DONE_SHOWN} closed ones due latest.` })
  actions!: Action[];

  @Field(() => [InformationRequest], { description: `Requests not yet returned by due date, then the ${MY_WORK_DONE_SHOWN} returned ones due latest.` })
  informationRequests!: InformationRequest[];
}

const OPEN_ACTIONS = [ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS];

@Resolver()
export class MyWorkResolver {
  constructor(
    @InjectRepository(ActionEntity) private readonly actions: Repository<ActionEntity>,
    @InjectRepository(InformationRequestEntity) private readonly requests: Repository<InformationRequestEntity>,
  ) {}

  @Query(() => MyWork, { description: "An agency lead's own work: the actions and information requests their agency owns in their partnerships." })
  async myWork(@Context() ctx: RequestContext): Promise<MyWork> {
    const caller = requireCaller(ctx);
    const partnershipId = In([...caller.partnershipIds]);
    const agencies = In([...caller.agencyIds]);
    const actions = await openThenDone(
      this.actions,
      { partnershipId, ownerAgencyId: agencies, status: In(OPEN_ACTIONS) },
      { partnershipId, ownerAgencyId: agencies, status: In(Object.values(ActionStatus).filter((s) => !OPEN_ACTIONS.includes(s))) },
    );
    const requests = await openThenDone(
      this.requests,
      { partnershipId, agencyId: agencies, returnedOn: IsNull() },
      { partnershipId, agencyId: agencies, returnedOn: Not(IsNull()) },
    );
    return { actions, informationRequests: requests };
  }
}

async function openThenDone<E extends ObjectLiteral & { id: string; dueOn: string }>(
  repo: Repository<E>,
  open: FindOptionsWhere<E>,
  done: FindOptionsWhere<E>,
): Promise<E[]> {
  const order = { dueOn: 'ASC', id: 'ASC' } as never;
  const first = await repo.find({ where: open, order });
  const latest = await repo.find({ where: done, order: { dueOn: 'DESC', id: 'ASC' } as never, take: MY_WORK_DONE_SHOWN });
  return [...first, ...latest];
}
