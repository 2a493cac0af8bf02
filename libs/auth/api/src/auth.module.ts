import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PartnershipsModule } from '@sli/partnerships-api';
import { AuditEventsResolver } from './audit-events.resolver';
import { AuditEventsService } from './audit-events.service';
import { AuthMiddleware } from './auth.middleware';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { OidcController } from './oidc/oidc.controller';
import { PermissionGuard } from './permission.guard';
import { TokensService } from './tokens.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

/** Sign-in, sessions, tokens, users, the permission guard over every operation, and the change history. */
@Module({
  imports: [PartnershipsModule],
  controllers: [OidcController],
  providers: [
    AuthService,
    UsersService,
    TokensService,
    AuditEventsService,
    AuthResolver,
    UsersResolver,
    AuditEventsResolver,
    AuthMiddleware,
    { provide: APP_GUARD, useClass: PermissionGuard },
  ],
  // AuthMiddleware is mounted by the app (bootstrap.ts) between the body parser and the rate limits.
  exports: [AuthService, UsersService, TokensService, AuthMiddleware],
})
export class AuthModule {}
