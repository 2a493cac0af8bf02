import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What an import did to one section of the bundle.' })
export class ImportSectionResult {
  @Field(() => String, { description: 'The bundle section, e.g. `reviews`.' })
  section!: string;

  @Field(() => Int, { description: 'Records that were not in the database.' })
  created!: number;

  @Field(() => Int, { description: 'Records that differed (a field, a link or a nested record) and were brought in line.' })
  updated!: number;

  @Field(() => Int, { description: 'Records already exactly as in the bundle.' })
  unchanged!: number;
}

@ObjectType({ description: 'What an import did: counts per section (in write order) and in total.' })
export class ImportResult {
  @Field(() => [ImportSectionResult])
  sections!: ImportSectionResult[];

  @Field(() => Int, { description: 'Records in the bundle.' })
  records!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int, { description: 'Wall time of the whole import, validation included.' })
  durationMs!: number;
}
