import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AuditEventsService } from './audit-events.service';
import { AuditEventFilter } from './dto/auth.input';
import { AuditEventConnection } from './models/auth.models';

@Resolver()
export class AuditEventsResolver {
  constructor(private readonly events: AuditEventsService) {}

  @Query(() => AuditEventConnection, {
    description: 'The change history of your partnerships, newest first: every create, update and delete (before and after), sign-ins, exports.',
  })
  auditEvents(
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter: AuditEventFilter | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AuditEventConnection> {
    return this.events.list(filter ?? {}, first, after);
  }
}
