import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AnnualReportNarrativeSection, AnnualReportNarrativeStatus } from '../annual-report.enums';

@ObjectType({ description: 'One saved version of a narrative section: every save is kept, with who saved it and, once approved, who approved it.' })
export class AnnualReportNarrativeVersion {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1 for the first save, then 2, 3, …' })
  version!: number;

  @Field(() => String, { description: 'Plain text; paragraphs separated by a blank line.' })
  text!: string;

  @Field(() => String, { description: 'The name of the user who saved this version.' })
  savedBy!: string;

  @Field(() => Date)
  savedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The name of the user who approved this version; null while it is a draft.' })
  approvedBy!: string | null;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;
}

@ObjectType({
  description:
    'A narrative section of the annual report for a partnership and financial year. `text` is what the report prints: in PUBLISHED mode ' +
    'the latest APPROVED version only; in EXACT (internal) mode the latest version, with `textIsDraft` true when it awaits approval.',
})
export class AnnualReportNarrative {
  @Field(() => AnnualReportNarrativeSection)
  section!: AnnualReportNarrativeSection;

  @Field(() => String, { description: 'The section heading, e.g. `Our priorities`.' })
  title!: string;

  @Field(() => String, { description: 'What the section asks the writer for.' })
  guidance!: string;

  @Field(() => AnnualReportNarrativeStatus, { description: 'Where the latest version stands.' })
  status!: AnnualReportNarrativeStatus;

  @Field(() => String, { nullable: true, description: 'The text the report prints (see the type); null when there is none to print.' })
  text!: string | null;

  @Field(() => Boolean, { description: 'True when `text` is a draft not yet approved (EXACT mode only): print it marked "Draft — not yet approved".' })
  textIsDraft!: boolean;

  @Field(() => AnnualReportNarrativeVersion, { nullable: true, description: 'The latest approved version: who saved it, who approved it and when.' })
  approved!: AnnualReportNarrativeVersion | null;

  @Field(() => AnnualReportNarrativeVersion, {
    nullable: true,
    description: 'The latest version, approved or not. Only for those who write, approve or read exact reports (admins, board members, analysts); null for others.',
  })
  latest!: AnnualReportNarrativeVersion | null;

  @Field(() => Int, { description: 'How many versions have been saved.' })
  versionCount!: number;
}
