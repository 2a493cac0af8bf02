import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { EMBED_DATA, ObaPublicationService } from './oba-publication.service';

/**
 * `GET /api/embed/scorecards/:token`: a published scorecard as JSON, for anyone (no sign-in): the
 * embeddable page reads it, and so may the partnership's own website. Only ever the published copy.
 */
@Controller()
export class ObaEmbedController {
  constructor(private readonly publications: ObaPublicationService) {}

  @Get(`${EMBED_DATA}/:token`)
  async published(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const scorecard = await this.publications.byToken(token);
    if (!scorecard) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'No scorecard is published at this address: it may have been withdrawn.' } });
      return;
    }
    // Any website may read it. Caches ask again each time: a withdrawal or a new publication shows at once.
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('cache-control', 'no-cache');
    res.status(200).json(scorecard);
  }
}
