/**
 * When two audit rounds may be compared (DESIGN.md section 4, audit quality: change between rounds).
 *
 * A change is called only between rounds of the same thing, each large enough:
 * - self-assessment rounds (section 11, schools, adults): the same tool (same tool key), in versions
 *   with the same standards (same set of codes); a new version with other standards starts afresh;
 * - case audits with no tool: the same topic, i.e. the same set of themes (a round's themes are
 *   those of its audits); a round with no themes has no topic and compares with nothing;
 * - and each round has at least MIN_CASES_TO_COMPARE graded cases (or assessments). Below that one
 *   or two cases move a share by ten points or more, which is noise, not a change.
 */
export const MIN_CASES_TO_COMPARE = 10;

export interface ComparedRound {
  /** The round's tool: its key and its version's standard codes; null when the round used none. */
  tool?: { key: string; standardCodes: readonly string[] } | null;
  /** The round's theme codes (case audits). */
  themes?: readonly string[];
  /** Graded cases (or assessments) in the round. */
  cases: number;
}

export type RoundComparability = 'comparable' | 'different-tool' | 'different-topic' | 'too-few-cases';

export interface RoundComparison {
  comparability: RoundComparability;
  /** Why no change is called, in words; null when comparable. */
  note: string | null;
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
};

/** Whether `current` may be compared with `previous` and, if not, why. */
export function compareRounds(previous: ComparedRound, current: ComparedRound, minCases = MIN_CASES_TO_COMPARE): RoundComparison {
  if (previous.tool || current.tool) {
    const p = previous.tool;
    const c = current.tool;
    if (!p || !c || p.key !== c.key || !sameSet(p.standardCodes, c.standardCodes)) {
      return { comparability: 'different-tool', note: 'not comparable: different tool' };
    }
  } else {
    const p = previous.themes ?? [];
    const c = current.themes ?? [];
    if (p.length === 0 || c.length === 0 || !sameSet(p, c)) return { comparability: 'different-topic', note: 'not comparable: different topic' };
  }
  if (previous.cases < minCases || current.cases < minCases) {
    return {
      comparability: 'too-few-cases',
      note: `too few cases to call a change (n=${previous.cases} and ${current.cases}; at least ${minCases} in each round)`,
    };
  }
  return { comparability: 'comparable', note: null };
}
