import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ExportService } from './export.service';
import { ImportService } from './import.service';
import { JSONScalar } from '@sli/shared/api-core';
import { ImportResult } from './models/import-result.model';

@Resolver()
export class ExchangeResolver {
  constructor(
    private readonly importer: ImportService,
    private readonly exporter: ExportService,
  ) {}

  @Mutation(() => ImportResult, {
    description:
      'Imports a data bundle (docs/bundle-format.md) all or nothing: records are matched by partnership and ref, ' +
      'so importing the same bundle again changes nothing. Every problem is reported in extensions.fields with its path, ' +
      'e.g. reviews[3].agencies[1].',
  })
  importBundle(@Args('bundle', { type: () => JSONScalar }) bundle: unknown): Promise<ImportResult> {
    return this.importer.importBundle(bundle);
  }

  @Query(() => JSONScalar, { description: 'The data bundle of the named partnerships (by ref), or of all of them.' })
  exportBundle(
    @Args('partnershipRefs', { type: () => [String], nullable: true }) partnershipRefs?: string[] | null,
  ): Promise<unknown> {
    return this.exporter.exportBundle(partnershipRefs);
  }
}
