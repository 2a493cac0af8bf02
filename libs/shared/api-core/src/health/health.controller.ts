import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
import { DataSource } from 'typeorm';

const READY_TIMEOUT_MS = 2000;

/** Set when the process has begun shutting down: readiness fails so load balancers stop sending. */
let draining = false;
export function markDraining(): void {
  draining = true;
}

/** Liveness (the process answers) and readiness (the database answers `SELECT 1` in time). */
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(): Promise<{ status: 'ok'; database: 'up' }> {
    if (draining) throw unavailable('shutting down');
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
        }),
      ]);
    } catch (error) {
      throw unavailable(
        error instanceof Error && error.message === 'timeout' ? `no answer within ${READY_TIMEOUT_MS} ms` : 'the database does not answer',
      );
    } finally {
      clearTimeout(timer);
    }
    return { status: 'ok', database: 'up' };
  }
}

function unavailable(reason: string): HttpException {
  return new HttpException({ status: 'unavailable', database: 'down', reason }, HttpStatus.SERVICE_UNAVAILABLE);
}
