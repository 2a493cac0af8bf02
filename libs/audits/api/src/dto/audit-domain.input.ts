import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

@InputType()
export class CreateAuditDomainInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @Field(() => String, { description: 'What auditors call it, e.g. "Voice of the child". Unique in the partnership, ignoring case.' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The code grades and bundles name it by: lower-case words joined by hyphens. Made from the name when omitted; never changes.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(CODE, { message: 'must be lower-case letters and digits, words joined by hyphens (e.g. voice-of-the-child)' })
  code?: string | null;
}

@InputType()
export class UpdateAuditDomainInput {
  @Field(() => String, { nullable: true, description: 'A new name; the code stays, so grades and bundles keep pointing at it.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: kept on the grades that use it, not offered for new ones; false: offered again.' })
  @IsOptional()
  @IsBoolean()
  retired?: boolean;
}

@InputType()
export class ReorderAuditDomainsInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @Field(() => [ID], { description: "Every one of the partnership's domains (retired ones too), each once, in the new reading order." })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  domainIds!: string[];
}
