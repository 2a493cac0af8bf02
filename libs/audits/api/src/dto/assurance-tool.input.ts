import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { AssuranceToolKind } from '../assurance-tool.enums';

/*
 * Shapes only: lengths, codes, repeats and the scale's rules are the domain's toolDraftProblems, which
 * names each field by its place (`standards[2].code`) and reports every problem at once.
 */

@InputType()
export class CreateAssuranceToolInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @Field(() => String)
  @IsString()
  @MaxLength(300)
  name!: string;

  @Field(() => AssuranceToolKind)
  @IsEnum(AssuranceToolKind)
  kind!: AssuranceToolKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;
}

@InputType({ description: 'A standard of a draft; its order is its place in the list.' })
export class ToolStandardInput {
  @Field(() => String, { description: 'Stable code, lower-case words joined by hyphens; keep it when the standard asks the same thing as before.' })
  @IsString()
  @MaxLength(100)
  code!: string;

  @Field(() => String)
  @IsString()
  @MaxLength(300)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Guidance: what the standard asks, what evidence shows it.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  groupName?: string | null;
}

@InputType({ description: 'A level of a draft\'s rating scale; its order (worst first) is its place in the list.' })
export class ToolLevelInput {
  @Field(() => String, { description: 'The rating stored on an assessment: red, amber or green.' })
  @IsString()
  @MaxLength(20)
  code!: string;

  @Field(() => String)
  @IsString()
  @MaxLength(200)
  label!: string;

  @Field(() => Boolean)
  @IsBoolean()
  met!: boolean;
}

@InputType({ description: 'Changes to a draft; a list given replaces the draft\'s list whole.' })
export class UpdateAssuranceToolDraftInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => [ToolStandardInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ToolStandardInput)
  standards?: ToolStandardInput[];

  @Field(() => [ToolLevelInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => ToolLevelInput)
  levels?: ToolLevelInput[];
}
