import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';

/** The optional `ref` of every create input: the source's own reference, generated when omitted. */
export const RefField = () =>
  applyDecorators(
    Field(() => String, { nullable: true, description: 'Your own reference, unique in the partnership; generated when omitted.' }),
    IsOptional(),
    Matches(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,79}$/, { message: 'must be 1–80 letters, digits, . _ : / or -' }),
  );
