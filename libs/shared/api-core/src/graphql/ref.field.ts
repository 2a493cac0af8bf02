import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';

/** The pattern every record's own reference follows; the bundle importer matches records by it. */
export const REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,79}$/;

/** An optional `ref` input field: the source's own reference, generated when omitted. */
export function RefField(): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { nullable: true, description: 'Your own reference; generated when omitted.' }),
    IsOptional(),
    Matches(REF_PATTERN, { message: 'must be 1–80 letters, digits, . _ : / or -' }),
  );
}
