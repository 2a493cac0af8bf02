export { AuthModule } from './auth.module';
export { AuthService } from './auth.service';
export { AuthMiddleware } from './auth.middleware';
export { UsersService, type UserRow, type NewUser } from './users.service';
export { TokensService } from './tokens.service';
export { PERMISSIONS, CAPABILITIES, isAllowed, operationsOf, type Permission } from './permissions';
export { hashPassword, passwordProblems } from './passwords';
export { RoleValue, ROLE_LABELS } from './role.enum';
export { SESSION_COOKIE, TOKEN_PREFIX } from './credentials';
