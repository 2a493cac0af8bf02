import argon2 from 'argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { FieldProblem } from '@sli/shared/api-core';

/** NCSC guidance: length over complexity, no composition rules, and a deny-list of common passwords. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

const COMMON = new Set((dictionary['passwords-common'] as unknown as string[]).map((p) => p.toLowerCase()));
// Ours to add: the product's and the sector's own words, which people reach for first.
const LOCAL = ['safeguarding', 'safeguarding1', 'partnership', 'partnership1', 'safeguardingpartnership', 'changeme', 'welcome'];

/** What is wrong with a new password, if anything, in words a user can act on. */
export function passwordProblems(password: string, email?: string): FieldProblem[] {
  const field = 'password';
  if (password.length < MIN_PASSWORD_LENGTH) {
    return [{ field, message: `must be at least ${MIN_PASSWORD_LENGTH} characters: three random words make a strong one` }];
  }
  if (password.length > MAX_PASSWORD_LENGTH) return [{ field, message: `must be at most ${MAX_PASSWORD_LENGTH} characters` }];
  const lower = password.toLowerCase();
  const stripped = lower.replace(/[\d\W_]+$/, '');
  if (COMMON.has(lower) || COMMON.has(stripped) || LOCAL.some((w) => lower === w || stripped === w)) {
    return [{ field, message: 'is on the list of commonly used passwords: choose another' }];
  }
  if (/^(.)\1*$/.test(password) || /^(.{1,3})\1+$/.test(lower)) {
    return [{ field, message: 'repeats the same few characters: choose another' }];
  }
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return [{ field, message: 'must not contain your email address' }];
  return [];
}

export function hashPassword(password: string): Promise<string> {
  // argon2id with the library's defaults (m=64 MiB, t=3, p=4), above OWASP's minimums.
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}

/** Verified against when an email is unknown, so the answer takes as long as for a real account. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('not a real password, only spends the time');
  return dummy;
}
