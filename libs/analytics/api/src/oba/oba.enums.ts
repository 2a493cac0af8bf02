import { registerEnumType } from '@nestjs/graphql';

/** Values match the pure logic's string literals in '@sli/analytics-domain' (oba.ts). */
export enum ObaTargetStatus {
  ON_TARGET = 'on-target',
  OFF_TARGET = 'off-target',
  NO_TARGET = 'no-target',
  NO_DATA = 'no-data',
}

export enum ObaTrendDirection {
  UP = 'up',
  DOWN = 'down',
  FLAT = 'flat',
}

export enum ObaTrendJudgement {
  IMPROVING = 'improving',
  WORSENING = 'worsening',
  STABLE = 'stable',
}

export enum ObaChangeKind {
  POINTS = 'points',
  DIFFERENCE = 'difference',
  RELATIVE = 'relative',
}

export enum ObaRollupLevel {
  PARTNERSHIP = 'partnership',
  REGION = 'region',
  NATIONAL = 'national',
}

registerEnumType(ObaTargetStatus, {
  name: 'ObaTargetStatus',
  description:
    'The latest value against the target, by polarity: ON_TARGET when at least (higher is better) or at most (lower is better) the target; ' +
    'NO_TARGET when the measure has none; NO_DATA when it has a target but no value yet.',
});
registerEnumType(ObaTrendDirection, { name: 'ObaTrendDirection', description: 'Which way the values moved.' });
registerEnumType(ObaTrendJudgement, {
  name: 'ObaTrendJudgement',
  description: 'A movement judged by the measure’s polarity: up is IMPROVING when higher is better, WORSENING when lower is better.',
});
registerEnumType(ObaChangeKind, {
  name: 'ObaChangeKind',
  description:
    'How a gap or a change is measured for a unit: POINTS (percentage points, for percentages), DIFFERENCE (in the unit, for rates per ' +
    '10,000 and scores) or RELATIVE (a fraction of the starting value, for counts, days and ratios).',
});
registerEnumType(ObaRollupLevel, {
  name: 'ObaRollupLevel',
  description: 'A row of a roll-up: one partnership, all partnerships of a region, or all partnerships asked for (national).',
});
