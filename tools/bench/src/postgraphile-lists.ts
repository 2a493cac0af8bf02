import { Client } from 'pg';

/** A review as both servers give it, in one shape: enum values as our API spells them, themes as a sorted set of ids. */
export interface ListedReview {
  id: string;
  ref: string;
  title: string;
  type: string;
  status: string;
  initiatedOn: string;
  completedOn: string | null;
  actions: { id: string; ref: string; title: string; status: string; dueOn: string; completedOn: string | null }[];
  themes: string[];
}

/** A nested list both servers can serve: the request to each, and each answer in the shared shape. */
export interface NestedList {
  name: string;
  ours(partnershipId: string): string;
  theirs(partnershipId: string): string;
  normaliseOurs(data: unknown): ListedReview[];
  normaliseTheirs(data: unknown): ListedReview[];
  /** The partnership named (by name or id), else the one with the most reviews. */
  choosePartnership(databaseUrl: string, wanted: string | undefined): Promise<{ id: string; name: string; reviews: number }>;
}

const PAGE = 100;

/** rapid-review → RAPID_REVIEW: PostGraphile gives the text column, our API its GraphQL enum. */
const enumName = (value: string) => value.toUpperCase().replace(/-/g, '_');

// Our API: the reviews list, newest initiation first (ties by id, newest first), actions by due date then id, themes by name.
const OURS = `query NestedReviews($partnershipId: ID!, $first: Int!) {
  reviews(filter: { partnershipId: $partnershipId }, first: $first) {
    nodes {
      id ref title type status initiatedOn completedOn
      actions { id ref title status dueOn completedOn }
      themes { id }
    }
  }
}`;

// PostGraphile 5 (Amber): the same rows through the foreign keys; the link table gives each review's themes.
const THEIRS = `query NestedReviews($partnershipId: UUID!, $first: Int!) {
  allReviews(condition: { partnershipId: $partnershipId }, first: $first, orderBy: [INITIATED_ON_DESC, ROW_ID_DESC]) {
    nodes {
      rowId ref title type status initiatedOn completedOn
      actionsByPartnershipIdAndReviewId(orderBy: [DUE_ON_ASC, ROW_ID_ASC]) { nodes { rowId ref title status dueOn completedOn } }
      reviewThemesByPartnershipIdAndReviewId { nodes { themeId } }
    }
  }
}`;

interface OurReview extends Omit<ListedReview, 'themes'> {
  themes: { id: string }[];
}
interface TheirAction {
  rowId: string;
  ref: string;
  title: string;
  status: string;
  dueOn: string;
  completedOn: string | null;
}
interface TheirReview {
  rowId: string;
  ref: string;
  title: string;
  type: string;
  status: string;
  initiatedOn: string;
  completedOn: string | null;
  actionsByPartnershipIdAndReviewId: { nodes: TheirAction[] };
  reviewThemesByPartnershipIdAndReviewId: { nodes: { themeId: string }[] };
}

export const NESTED_LISTS: NestedList[] = [
  {
    name: `${PAGE} reviews with their actions and themes`,
    ours: (partnershipId) => JSON.stringify({ query: OURS, variables: { partnershipId, first: PAGE } }),
    theirs: (partnershipId) => JSON.stringify({ query: THEIRS, variables: { partnershipId, first: PAGE } }),
    normaliseOurs: (data) =>
      (data as { reviews: { nodes: OurReview[] } }).reviews.nodes.map((r) => ({ ...r, themes: r.themes.map((t) => t.id).sort() })),
    normaliseTheirs: (data) =>
      (data as { allReviews: { nodes: TheirReview[] } }).allReviews.nodes.map((r) => ({
        id: r.rowId,
        ref: r.ref,
        title: r.title,
        type: enumName(r.type),
        status: enumName(r.status),
        initiatedOn: r.initiatedOn,
        completedOn: r.completedOn,
        actions: r.actionsByPartnershipIdAndReviewId.nodes.map((a) => ({
          id: a.rowId,
          ref: a.ref,
          title: a.title,
          status: enumName(a.status),
          dueOn: a.dueOn,
          completedOn: a.completedOn,
        })),
        themes: r.reviewThemesByPartnershipIdAndReviewId.nodes.map((t) => t.themeId).sort(),
      })),
    choosePartnership: async (databaseUrl, wanted) => {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ id: string; name: string; reviews: number }>(
          `SELECT p.id, p.name, count(r.id)::int AS reviews FROM partnerships p LEFT JOIN reviews r ON r.partnership_id = p.id
           WHERE $1::text IS NULL OR p.name = $1 OR p.id::text = $1
           GROUP BY p.id ORDER BY count(r.id) DESC, p.name LIMIT 1`,
          [wanted ?? null],
        );
        const chosen = rows[0];
        if (!chosen) throw new Error(wanted ? `--partnership: no partnership is named ${wanted}` : 'the database holds no partnership');
        if (chosen.reviews < PAGE) process.stderr.write(`note: ${chosen.name} has ${chosen.reviews} reviews, fewer than a page of ${PAGE}\n`);
        return chosen;
      } finally {
        await client.end();
      }
    },
  },
];

/** Where two answers differ (the first difference), or null when they are the same list. */
export function sameList(ours: ListedReview[], theirs: ListedReview[]): string | null {
  if (ours.length !== theirs.length) return `${ours.length} reviews against ${theirs.length}`;
  for (let i = 0; i < ours.length; i++) {
    const a = JSON.stringify(ours[i]);
    const b = JSON.stringify(theirs[i]);
    if (a !== b) return `review ${i + 1}: ${a.slice(0, 300)} against ${b.slice(0, 300)}`;
  }
  return null;
}
