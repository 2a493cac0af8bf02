import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, agencyLoader, PartnershipsService } from '@sli/partnerships-api';
import { informationRequestStatus } from '@sli/reviews-domain';
import { assertMayChangeOwned, DateScalar, requireCaller, type Caller, type RequestContext } from '@sli/shared/api-core';
import { auditReturnCasesLoader, auditReturnLoader, auditReturnRemindedOnLoader, auditReturnsByAuditLoader } from './audit-agency-returns.loaders';
import { AuditAgencyReturnsService } from './audit-agency-returns.service';
import { acceptsSection11Assessments } from './audit-rules';
import { auditLoader, auditSection11Loader } from './audit.loaders';
import { AuditReturnSubmissionService } from './audit-return-submission.service';
import { AuditsService } from './audits.service';
import { AuditAgencyReturnInput, InviteAuditAgenciesInput } from './dto/audit-agency-return.input';
import { AuditAgencyReturn, AuditReturnCaseNarrative, AuditReturnKind, AuditReturnStatus } from './models/audit-agency-return.model';
import { Audit } from './models/audit.model';
import { Section11Assessment } from './models/section11-assessment.model';
import { Section11AssessmentsService } from './section11-assessments.service';

/** The business unit and the agency's own leads see a return's draft; everyone else sees it once it is returned. */
function maySeeDraft(caller: Caller | undefined, r: AuditAgencyReturn): boolean {
  return caller?.role === 'admin' || (caller?.role === 'agency-lead' && caller.agencyIds.includes(r.agencyId));
}

/** Agency returns for audits (issue 13): invitations, the agency's draft and submission, the round's tracker. */
@Resolver(() => AuditAgencyReturn)
export class AuditAgencyReturnsResolver {
  constructor(
    private readonly returns: AuditAgencyReturnsService,
    private readonly submission: AuditReturnSubmissionService,
    private readonly audits: AuditsService,
    private readonly section11: Section11AssessmentsService,
    private readonly partnerships: PartnershipsService,
  ) {}

  @Query(() => [AuditAgencyReturn], { description: "An audit round's tracker: each invited agency's return, by agency name." })
  auditAgencyReturns(@Args('auditId', { type: () => ID }) auditId: string, @Context() ctx: RequestContext): Promise<AuditAgencyReturn[]> {
    return auditReturnsByAuditLoader(ctx, this.returns).load(auditId);
  }

  @Query(() => AuditAgencyReturn, { nullable: true })
  auditAgencyReturn(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<AuditAgencyReturn | null> {
    return auditReturnLoader(ctx, this.returns).load(id);
  }

  @Query(() => [AuditAgencyReturn], { description: "An agency lead's audit returns: outstanding ones by due date, then those returned, latest due first." })
  myAuditReturns(@Context() ctx: RequestContext): Promise<AuditAgencyReturn[]> {
    const caller = requireCaller(ctx);
    return this.returns.forAgencies(caller.partnershipIds, caller.agencyIds);
  }

  @Mutation(() => [AuditAgencyReturn], {
    description:
      'Invites agencies to return their part of an audit round by a due date (20 working days after the invitation unless given): the named agencies, ' +
      'or every agency taking part. Agencies already invited keep their invitation. All or nothing.',
  })
  inviteAuditAgencies(@Args('input') input: InviteAuditAgenciesInput, @Context() ctx: RequestContext): Promise<AuditAgencyReturn[]> {
    return this.returns.invite(input, requireCaller(ctx).email);
  }

  @Mutation(() => AuditAgencyReturn, {
    description: 'Invites an agency again, recorded as a reminder today, with a new due date if given; a submitted return is reopened for the agency to change and submit again.',
  })
  reinviteAuditAgency(
    @Args('id', { type: () => ID }) id: string,
    @Args('dueOn', { type: () => DateScalar, nullable: true }) dueOn: string | null,
    @Context() ctx: RequestContext,
  ): Promise<AuditAgencyReturn> {
    return this.returns.reinvite(id, dueOn, requireCaller(ctx).email);
  }

  @Mutation(() => AuditAgencyReturn, {
    description:
      "Saves an agency's audit return as it stands (summary and every rated standard or case narrative, in one transaction). submit: true submits it, " +
      'which returns it on that day; a submitted return stays submitted. Agency leads save only their own agency\'s returns.',
  })
  async saveAuditAgencyReturn(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AuditAgencyReturnInput,
    @Args('submit', { type: () => Boolean, defaultValue: false }) submit: boolean,
    @Context() ctx: RequestContext,
  ): Promise<AuditAgencyReturn> {
    const caller = requireCaller(ctx);
    const found = await this.returns.get(id);
    assertMayChangeOwned(caller, found, 'audit return');
    return this.submission.save(id, input, submit, caller.email);
  }

  @ResolveField(() => Audit)
  async audit(@Parent() r: AuditAgencyReturn, @Context() ctx: RequestContext): Promise<Audit> {
    const found = await auditLoader(ctx, this.audits).load(r.auditId);
    if (!found) throw new Error(`Audit ${r.auditId} of return ${r.id} is missing`);
    return found;
  }

  @ResolveField(() => Agency)
  async agency(@Parent() r: AuditAgencyReturn, @Context() ctx: RequestContext): Promise<Agency> {
    const found = await agencyLoader(ctx, this.partnerships).load(r.agencyId);
    if (!found) throw new Error(`Agency ${r.agencyId} of return ${r.id} is missing`);
    return found;
  }

  @ResolveField(() => AuditReturnKind, { description: 'A self-assessment (section 11, section 175/157, adults) or a case audit.' })
  async kind(@Parent() r: AuditAgencyReturn, @Context() ctx: RequestContext): Promise<AuditReturnKind> {
    const audit = await auditLoader(ctx, this.audits).load(r.auditId);
    return audit && acceptsSection11Assessments(audit.type) ? AuditReturnKind.SELF_ASSESSMENT : AuditReturnKind.CASE_AUDIT;
  }

  @ResolveField(() => AuditReturnStatus, { description: 'Sent, reminded, returned or overdue as of the date given, as for information requests.' })
  async status(@Parent() r: AuditAgencyReturn, @Args('asOf', { type: () => DateScalar }) asOf: string, @Context() ctx: RequestContext): Promise<AuditReturnStatus> {
    const remindedOn = await auditReturnRemindedOnLoader(ctx, this.returns).load(r.id);
    return informationRequestStatus({ dueOn: r.dueOn, returnedOn: r.returnedOn, remindedOn }, asOf) as AuditReturnStatus;
  }

  @ResolveField(() => DateScalar, { nullable: true, description: 'The latest day the agency was chased: invited again, or a reminder notice to its leads.' })
  lastRemindedOn(@Parent() r: AuditAgencyReturn, @Context() ctx: RequestContext): Promise<string | null> {
    return auditReturnRemindedOnLoader(ctx, this.returns).load(r.id);
  }

  @ResolveField(() => String, { nullable: true })
  summary(@Parent() r: AuditAgencyReturn, @Context() ctx: RequestContext): string | null {
    return r.returnedOn || maySeeDraft(ctx.caller, r) ? r.summary : null;
  }

  @ResolveField(() => [Section11Assessment], {
    description: "A self-assessment's rows: the agency's assessments in the round, by standard. A draft's only for the business unit and the agency's leads.",
  })
  async assessments(@Parent() r: AuditAgencyReturn, @Context() ctx: RequestContext): Promise<Section11Assessment[]> {
    if (!r.returnedOn && !maySeeDraft(ctx.caller, r)) return [];
    const all = await auditSection11Loader(ctx, this.section11).load(r.auditId);
    return all.filter((a) => a.agencyId === r.agencyId);
  }

  @ResolveField(() => [AuditReturnCaseNarrative], { description: "A case audit's rows: the agency's narrative per case. A draft's only for the business unit and the agency's leads." })
  async caseNarratives(@Parent() r: AuditAgencyReturn, @Context() ctx: RequestContext): Promise<AuditReturnCaseNarrative[]> {
    if (!r.returnedOn && !maySeeDraft(ctx.caller, r)) return [];
    return auditReturnCasesLoader(ctx, this.returns).load(r.id);
  }
}

@Resolver(() => Audit)
export class AuditAgencyReturnsOfAuditResolver {
  constructor(private readonly returns: AuditAgencyReturnsService) {}

  @ResolveField(() => [AuditAgencyReturn], { description: 'Agencies invited to return their part of the round, by agency name.' })
  agencyReturns(@Parent() audit: Audit, @Context() ctx: RequestContext): Promise<AuditAgencyReturn[]> {
    return auditReturnsByAuditLoader(ctx, this.returns).load(audit.id);
  }
}
