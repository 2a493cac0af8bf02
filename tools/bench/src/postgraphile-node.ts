/**
 * PostGraphile 5 (every 5.0 and 5.1 release, `engines: node >= 22`) calls Promise.withResolvers, which
 * Node 22 added. On Node 20 its server starts, then every list answers "Cannot read properties of
 * undefined (reading 'items')": @dataplan/pg's executor throws before it queries. The server and the
 * benchmark refuse at once instead, saying why.
 */
export function postgraphileRunsHere(): string | null {
  return typeof (Promise as { withResolvers?: unknown }).withResolvers === 'function'
    ? null
    : `PostGraphile 5 needs Node 22 or later (it calls Promise.withResolvers, added in Node 22); this is Node ${process.versions.node}`;
}
