import { Injectable } from '@nestjs/common';
import type { PublishedScorecard } from '@sli/analytics-domain';
import { InputError, NotFoundError, type Caller, type RequestContext } from '@sli/shared/api-core';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ObaAnalysisService } from '../oba-analysis.service';
import { ObaScorecardService } from '../oba-scorecard.service';
import type { ObaPublication } from './oba-publication.models';
import { snapshotOf } from './oba-publication.snapshot';

export const EMBED_PAGE = '/embed/scorecard';
export const EMBED_DATA = '/api/embed/scorecards';

interface PublicationRow {
  id: string;
  partnership_id: string;
  token: string;
  as_of: string;
  headline_only: boolean;
  measure_count: number;
  published_at: Date;
  published_by: string;
  withdrawn_at: Date | null;
}

const COLUMNS = `id, partnership_id, token, to_char(as_of, 'YYYY-MM-DD') AS as_of, headline_only,
  (SELECT count(*)::int FROM jsonb_array_elements(snapshot->'quadrants') q, jsonb_array_elements(q->'measures')) AS measure_count,
  published_at, published_by, withdrawn_at`;

function publication(r: PublicationRow): ObaPublication {
  return {
    id: r.id,
    partnershipId: r.partnership_id,
    token: r.token,
    embedPath: `${EMBED_PAGE}/${r.token}`,
    dataPath: `${EMBED_DATA}/${r.token}`,
    asOf: r.as_of,
    headlineOnly: r.headline_only,
    measureCount: r.measure_count,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
    withdrawnAt: r.withdrawn_at,
  };
}

/**
 * Publishing a partnership's scorecard for its website. Publishing freezes the grid as of a date (the
 * scorecard's own words) and replaces the live copy; the public page only ever reads that copy.
 */
@Injectable()
export class ObaPublicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scorecards: ObaScorecardService,
    private readonly analysis: ObaAnalysisService,
  ) {}

  /** The partnership's latest publication, live or withdrawn; null when it never published. */
  async latest(partnershipId: string): Promise<ObaPublication | null> {
    const rows: PublicationRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM scorecard_publications WHERE partnership_id = $1 ORDER BY published_at DESC, id LIMIT 1`,
      [partnershipId],
    );
    return rows[0] ? publication(rows[0]) : null;
  }

  async publish(ctx: RequestContext, caller: Caller, partnershipId: string, asOf: string, headlineOnly: boolean): Promise<ObaPublication> {
    const [scorecard] = await this.scorecards.scorecards([partnershipId], asOf, 4, 'partnershipId');
    if (!scorecard) throw new NotFoundError('Partnership', partnershipId);
    const quadrants = await Promise.all(
      scorecard.quadrants.map(async (q) => ({
        question: q.question,
        entries: await Promise.all(
          q.measures
            .filter((e) => !headlineOnly || e.measure.headline)
            .map(async (e) => ({
              measure: e.measure,
              analysis: await this.analysis.analyse(ctx, e.measure, asOf, 4),
              series: await this.analysis.points(ctx, e.measure, asOf),
            })),
        ),
      })),
    );
    if (quadrants.every((q) => q.entries.length === 0)) {
      throw new InputError([{ field: 'headlineOnly', message: headlineOnly ? 'the partnership has no headline measures to publish' : 'the partnership has no measures to publish' }]);
    }
    const now = new Date();
    const snapshot = snapshotOf(scorecard.partnership.name, asOf, now, headlineOnly, quadrants);
    return this.dataSource.transaction(async (m) => {
      // Serialise publishing per partnership: the live copy is replaced, never doubled.
      await m.query('SELECT id FROM partnerships WHERE id = $1 FOR UPDATE', [partnershipId]);
      const previous: { token: string }[] = await m.query(
        'SELECT token FROM scorecard_publications WHERE partnership_id = $1 ORDER BY published_at DESC, id LIMIT 1',
        [partnershipId],
      );
      const token = previous[0]?.token ?? randomBytes(18).toString('base64url');
      await m.query('UPDATE scorecard_publications SET withdrawn_at = $2 WHERE partnership_id = $1 AND withdrawn_at IS NULL', [partnershipId, now]);
      const rows: PublicationRow[] = await m.query(
        `INSERT INTO scorecard_publications (partnership_id, token, as_of, headline_only, snapshot, published_at, published_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
        [partnershipId, token, asOf, headlineOnly, JSON.stringify(snapshot), now, caller.name],
      );
      return publication(rows[0] as PublicationRow);
    });
  }

  async withdraw(partnershipId: string): Promise<ObaPublication> {
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [rows]: [PublicationRow[], number] = await this.dataSource.query(
      `UPDATE scorecard_publications SET withdrawn_at = clock_timestamp() WHERE partnership_id = $1 AND withdrawn_at IS NULL RETURNING ${COLUMNS}`,
      [partnershipId],
    );
    if (!rows[0]) throw new InputError([{ field: 'partnershipId', message: 'has no published scorecard to withdraw' }]);
    return publication(rows[0]);
  }

  /** The live published copy behind a token, for anyone; null when there is none (never published, withdrawn, or a wrong token). */
  async byToken(token: string): Promise<PublishedScorecard | null> {
    if (!/^[A-Za-z0-9_-]{22,64}$/.test(token)) return null;
    const rows: { snapshot: PublishedScorecard | string }[] = await this.dataSource.query('SELECT snapshot FROM sli_published_scorecard($1)', [token]);
    const s = rows[0]?.snapshot;
    if (!s) return null;
    return typeof s === 'string' ? (JSON.parse(s) as PublishedScorecard) : s;
  }
}
