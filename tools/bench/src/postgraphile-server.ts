import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { postgraphileRunsHere } from './postgraphile-node';

/**
 * PostGraphile 5 over our database, for `bench:postgraphile` to compare with our API: the Amber preset
 * (tables, foreign-key relations, conditions, ordering and connections generated from the schema, no
 * added plugins), no GraphiQL, no subscriptions, a pool of 10 connections like the API's. It is a
 * development dependency for the benchmark only; nothing of the product runs on it.
 *
 * `DATABASE_URL=postgres://… PORT=3490 node dist/api/tools/bench/src/postgraphile-server.js`. The package
 * is resolved from the working directory's node_modules, or from POSTGRAPHILE_PREFIX (a folder where
 * `npm install --prefix DIR postgraphile@5` put it) when it is installed apart from the workspace.
 */

/* The few parts of PostGraphile's API used here (its types are not in the workspace's node_modules in every setup). */
interface GrafservInstance {
  addTo(server: ReturnType<typeof createServer>): Promise<void>;
  release(): Promise<void>;
}
interface PostGraphileInstance {
  createServ(grafserv: unknown): GrafservInstance;
  release(): Promise<void>;
}

const connectionString = process.env['DATABASE_URL'];
const unsupported = postgraphileRunsHere();
if (unsupported) {
  process.stderr.write(`${unsupported}\n`);
  process.exit(2);
}
const port = Number(process.env['PORT'] ?? 3490);
if (!connectionString) {
  process.stderr.write('DATABASE_URL: the PostgreSQL database to serve is required\n');
  process.exit(2);
}

const load = createRequire(join(process.env['POSTGRAPHILE_PREFIX'] ?? process.cwd(), 'package.json'));
const { postgraphile } = load('postgraphile') as { postgraphile: (preset: unknown) => PostGraphileInstance };
const { PostGraphileAmberPreset } = load('postgraphile/presets/amber') as { PostGraphileAmberPreset: unknown };
const { makePgService } = load('postgraphile/adaptors/pg') as { makePgService: (options: unknown) => unknown };
const { grafserv } = load('postgraphile/grafserv/node') as { grafserv: unknown };

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  // Our foreign keys to a parent are (partnership_id, parent_id) while the child's index is on parent_id
  // alone; this plugin would hide every such backward relation (review → actions) as unindexed.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 }, pubsub: false })],
  grafserv: { graphiql: false, watch: false, websockets: false },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  process.stderr.write(`postgraphile-server: ${error.message}\n`);
  process.exit(1);
});
serv.addTo(server).then(
  () => server.listen(port, '127.0.0.1', () => process.stdout.write(`PostGraphile listening on http://127.0.0.1:${port}/graphql\n`)),
  (error: unknown) => {
    process.stderr.write(`postgraphile-server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

const stop = () => {
  server.close();
  void serv.release().then(() => pgl.release()).finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
