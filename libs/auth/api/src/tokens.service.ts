import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError, oneRow, recordAuditEvent } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
import { newSecret, TOKEN_PREFIX } from './credentials';
import type { ApiToken } from './models/auth.models';

export const DEFAULT_TOKEN_DAYS = 90;

const TOKEN_COLUMNS = `id, name, prefix, created_at AS "createdAt", expires_at AS "expiresAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`;

/** Personal access tokens: each user creates, lists and revokes their own. Only a hash is stored. */
@Injectable()
export class TokensService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(userId: string): Promise<ApiToken[]> {
    return this.dataSource.query(`SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC, id`, [userId]) as Promise<ApiToken[]>;
  }

  async create(userId: string, name: string, days = DEFAULT_TOKEN_DAYS): Promise<{ token: string; apiToken: ApiToken }> {
    const { secret, hash } = newSecret(TOKEN_PREFIX);
    const apiToken = oneRow(
      (await this.dataSource.query(
      `INSERT INTO api_tokens (user_id, name, prefix, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(days => $5)) RETURNING ${TOKEN_COLUMNS}`,
      [userId, name.trim(), secret.slice(0, TOKEN_PREFIX.length + 6), hash, days],
    )) as ApiToken[],
      'INSERT INTO api_tokens',
    );
    await recordAuditEvent(this.dataSource.manager, {
      action: 'token-created',
      entity: 'api_tokens',
      entityId: apiToken.id,
      detail: { name: apiToken.name, userId, expiresAt: apiToken.expiresAt },
    });
    return { token: secret, apiToken };
  }

  /** Revokes one of the user's own tokens; it stops working at once. */
  async revoke(userId: string, id: string): Promise<ApiToken> {
    const [row] = (await this.dataSource.query(
      `WITH changed AS (
         UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 AND user_id = $2 RETURNING ${TOKEN_COLUMNS})
       SELECT * FROM changed`,
      [id, userId],
    )) as ApiToken[];
    if (!row) throw new NotFoundError('Token', id);
    await recordAuditEvent(this.dataSource.manager, { action: 'token-revoked', entity: 'api_tokens', entityId: id, detail: { name: row.name, userId } });
    return row;
  }
}
