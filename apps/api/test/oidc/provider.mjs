// A real OpenID Connect provider (oidc-provider) for the single sign-on tests, run as a child process
// because oidc-provider is an ES module built on Koa. It listens on a loopback port and prints one JSON
// line, {"issuer": "http://127.0.0.1:<port>"}, once it is ready.
//
// Environment: OIDC_TEST_CLIENT_ID, OIDC_TEST_CLIENT_SECRET, and OIDC_TEST_ACCOUNTS_FILE: a JSON file
// { "<subject>": { "email": "...", "email_verified": true, "name": "..." } }, read at every sign-in so a
// test can change an account's claims between sign-ins.
//
// Instead of a login page, GET /interaction/<uid>?account=<subject> signs in as that subject (and
// grants the scopes asked for when the prompt is consent). Without ?account it answers 200 with the
// prompt's name, as a login page would.
import Provider from 'oidc-provider';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const clientId = process.env.OIDC_TEST_CLIENT_ID;
const clientSecret = process.env.OIDC_TEST_CLIENT_SECRET;
const accountsFile = process.env.OIDC_TEST_ACCOUNTS_FILE;
if (!clientId || !clientSecret || !accountsFile) {
  console.error('OIDC_TEST_CLIENT_ID, OIDC_TEST_CLIENT_SECRET and OIDC_TEST_ACCOUNTS_FILE are required');
  process.exit(2);
}
const accounts = () => JSON.parse(readFileSync(accountsFile, 'utf8'));

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      // A native client may use any port on a loopback redirect URI (RFC 8252): the API's port is random.
      application_type: 'native',
      redirect_uris: ['http://127.0.0.1/auth/oidc/callback'],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username'] },
  // Claims asked for by scope go into the ID token too, as Microsoft Entra ID does.
  conformIdTokenClaims: false,
  findAccount: (_ctx, id) => {
    const account = accounts()[id];
    if (!account) return undefined;
    return { accountId: id, claims: () => ({ sub: id, ...account }) };
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  features: { devInteractions: { enabled: false } },
  pkce: { required: () => true },
  cookies: { keys: ['sli-oidc-test-only'] },
});

const providerCallback = provider.callback();
server.on('request', async (req, res) => {
  const url = new URL(req.url, issuer);
  const match = /^\/interaction\/([^/]+)$/.exec(url.pathname);
  if (!match) return providerCallback(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    const account = url.searchParams.get('account');
    if (!account) {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`prompt: ${details.prompt.name}`);
      return;
    }
    if (details.prompt.name === 'login') {
      await provider.interactionFinished(req, res, { login: { accountId: account } }, { mergeWithLastSubmission: false });
      return;
    }
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
    if (details.prompt.details.missingOIDCScope) grant.addOIDCScope(details.prompt.details.missingOIDCScope.join(' '));
    if (details.prompt.details.missingOIDCClaims) grant.addOIDCClaims(details.prompt.details.missingOIDCClaims);
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error?.stack ?? error));
  }
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
console.log(JSON.stringify({ issuer }));
