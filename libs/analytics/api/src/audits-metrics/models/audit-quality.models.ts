import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { OfstedGrade } from '@sli/audits-api';
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

@ObjectType({ description: "The distribution of the overall (multi-agency) grades given in one of the partnerships' domains of practice." })
export class AuditDomainQuality {
  @Field(() => String, { description: "The domain's code in the partnerships' audit domains." })
  domain!: string;

  @Field(() => String, { description: "The domain's name (the first partnership's, by id, when several name one code differently)." })
  label!: string;

  @Field(() => Boolean, { description: 'Retired in every partnership asked: listed only where it has grades.' })
  retired!: boolean;

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

  @Field(() => [AuditDomainQuality], {
    description: "Overall grades per domain, in the partnerships' reading order: every domain in use (zeros included), and retired ones that have grades.",
  })
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

@ObjectType({ description: "One agency's grades in one domain, over the cases of the audits asked." })
export class AuditAgencyDomainGrades {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => String)
  agencyName!: string;

  @Field(() => String, { description: "The domain's code." })
  domain!: string;

  @Field(() => String, { description: "The domain's name." })
  label!: string;

  @Field(() => AuditGradeDistribution, { description: "The agency's grades in the domain, one per case it was graded on." })
  distribution!: AuditGradeDistribution;
}
