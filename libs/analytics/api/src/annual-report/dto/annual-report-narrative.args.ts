import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsString, IsUUID, Matches, Min } from 'class-validator';
import { AnnualReportNarrativeSection } from '../annual-report.enums';

const FINANCIAL_YEAR = /^\d{4}\/\d{2}$/;
const FINANCIAL_YEAR_MESSAGE = 'must be a financial year such as 2024/25';

@ArgsType()
export class AnnualReportNarrativeArgs {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @Field(() => String, { description: 'e.g. `2024/25`.' })
  @Matches(FINANCIAL_YEAR, { message: FINANCIAL_YEAR_MESSAGE })
  financialYear!: string;

  @Field(() => AnnualReportNarrativeSection)
  @IsEnum(AnnualReportNarrativeSection)
  section!: AnnualReportNarrativeSection;
}

@ArgsType()
export class SaveAnnualReportNarrativeArgs extends AnnualReportNarrativeArgs {
  @Field(() => String, { description: 'Plain text, at most 10,000 characters; separate paragraphs with a blank line. No HTML.' })
  @IsString()
  text!: string;
}

@ArgsType()
export class ApproveAnnualReportNarrativeArgs extends AnnualReportNarrativeArgs {
  @Field(() => Int, { description: 'The version approved: it must be the latest, so the board approves the text it read.' })
  @IsInt()
  @Min(1)
  version!: number;
}
