import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { AnnualReportTableKey, ReportMode } from '../annual-report.enums';

const FINANCIAL_YEAR = /^\d{4}\/\d{2}$/;
const FINANCIAL_YEAR_MESSAGE = 'must be a financial year such as 2024/25';

@ArgsType()
export class AnnualReportArgs {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @Field(() => String, { description: 'e.g. `2024/25` (1 April 2024 to 31 March 2025).' })
  @Matches(FINANCIAL_YEAR, { message: FINANCIAL_YEAR_MESSAGE })
  financialYear!: string;

  @Field(() => ReportMode, { defaultValue: ReportMode.PUBLISHED })
  @IsEnum(ReportMode)
  mode: ReportMode = ReportMode.PUBLISHED;
}

@ArgsType()
export class AnnualReportsArgs {
  @Field(() => [ID], { nullable: true, description: 'Partnerships to report on, by name; every partnership when omitted.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  partnershipIds?: string[];

  @Field(() => String, { description: 'e.g. `2024/25`.' })
  @Matches(FINANCIAL_YEAR, { message: FINANCIAL_YEAR_MESSAGE })
  financialYear!: string;

  @Field(() => ReportMode, { defaultValue: ReportMode.PUBLISHED })
  @IsEnum(ReportMode)
  mode: ReportMode = ReportMode.PUBLISHED;
}

@ArgsType()
export class AnnualReportRecordsArgs {
  @Field(() => AnnualReportTableKey)
  @IsEnum(AnnualReportTableKey)
  table!: AnnualReportTableKey;

  @Field(() => String, { nullable: true, description: 'A row key of the table (`rowKeys`); all rows when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  rowKey?: string;

  @Field(() => String, { nullable: true, description: 'A column key of the table (`columnKeys`); all columns when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  columnKey?: string;
}
