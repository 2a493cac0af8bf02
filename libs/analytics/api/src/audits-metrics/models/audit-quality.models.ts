import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AuditDomain, OfstedGrade } from '@sli/audits-api';
import { Connection, DateScalar } from '@sli/shared/api-core';
import { PeriodModel, RateModel } from '../../common/metric.models';
import { AuditQualityDirection, AuditRoundComparability } from '../audit-metrics.enums';

@ObjectType({ description: 'How many graded cases got one grade, and their share of all graded cases.' })
export class AuditGradeCount {
  @Field(() => OfstedGrade)
  grade!: OfstedGrade;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { nullable: true, description: 'count / total, from 0 to 1; null when nothing was graded.' })
  share!: number | null;
}

@ObjectType({ description: 'Graded cases spread over the Ofsted scale (best first, zeros included), and the share good or better.' })
export class AuditGradeDistribution {
  @Field(() => Int, { description: 'Graded cases.' })
  total!: number;

  @Field(() => [AuditGradeCount])
  grades!: AuditGradeCount[];

  @Field(() => RateModel, { description: '(outstanding + good) / graded cases.' })
  goodOrBetter!: RateModel;
}

@ObjectType({ description: 'The distribution of the grades given in one domain of practice.' })
export class AuditDomainQuality {
  @Field(() => AuditDomain)
  domain!: AuditDomain;

  @Field(() => AuditGradeDistribution)
  distribution!: AuditGradeDistribution;
}

@ObjectType({ description: 'Case-audit quality for one period: audits by start date, and the grades of their cases.' })
export class AuditQualityPeriod {
  @Field(() => PeriodModel)
  period!: PeriodModel;

  @Field(() => Int, { description: 'Audits started in the period (of the types asked).' })
  audits!: number;

  @Field(() => Int, { description: 'Of those, audits with at least one graded case.' })
  gradedAudits!: number;

  @Field(() => AuditGradeDistribution, { description: 'Overall grades of the cases.' })
  overall!: AuditGradeDistribution;

  @Field(() => [AuditDomainQuality], { description: 'Grades per domain, recognition first, impact last.' })
  domains!: AuditDomainQuality[];
}

@ObjectType({ description: 'The grades of the cases of one audit.' })
export class AuditQualityAuditRow {
  @Field(() => ID)
  auditId!: string;

  @Field(() => AuditGradeDistribution)
  overall!: AuditGradeDistribution;

  @Field(() => [AuditDomainQuality])
  domains!: AuditDomainQuality[];
}

@ObjectType({ description: 'A page of case audits with their grades, sorted on the server.' })
export class AuditQualityAuditRowConnection extends Connection(AuditQualityAuditRow) {}

@ObjectType({ description: "One round of a partnership's case audits, compared with its previous round." })
export class AuditQualityRound {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: 'The round label; with basis AUDIT, the audit\'s round, or its ref when it has none.' })
  label!: string;

  @Field(() => DateScalar, { description: 'The earliest start date of the audits in the round; rounds are ordered by it.' })
  startedOn!: string;

  @Field(() => [ID], { description: 'The audits of the round, by start date.' })
  auditIds!: string[];

  @Field(() => AuditGradeDistribution)
  overall!: AuditGradeDistribution;

  @Field(() => String, { nullable: true, description: 'The previous round of the same partnership; null for the first.' })
  previousLabel!: string | null;

  @Field(() => RateModel, { nullable: true, description: 'Good or better in the previous round.' })
  previousGoodOrBetter!: RateModel | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Good or better now minus in the previous round, as a difference of shares (0.1 = 10 percentage points); null unless the rounds are comparable.',
  })
  change!: number | null;

  @Field(() => AuditQualityDirection, { nullable: true, description: 'Null unless the rounds are comparable (see comparability).' })
  direction!: AuditQualityDirection | null;

  @Field(() => AuditRoundComparability, { nullable: true, description: 'Whether this round may be compared with the previous; null for the first.' })
  comparability!: AuditRoundComparability | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why no change is called, e.g. `too few cases to call a change (n=4 and 8; at least 10 in each round)`; null when comparable.',
  })
  comparisonNote!: string | null;

  @Field(() => [String], { description: "The round's theme codes (its topic), sorted." })
  themes!: string[];
}
