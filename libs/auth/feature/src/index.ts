export { SignInPage } from './sign-in-page';
export { AccessTokensPage } from './tokens-page';
