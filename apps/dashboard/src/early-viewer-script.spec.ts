/// <reference types="node" />
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { earlyViewerScript, viewerQueryText } from './early-viewer-script';

const generated = readFileSync(join(__dirname, '../../../libs/shared/data-access/src/gql/graphql.ts'), 'utf8');

/** Runs the script as a browser would on `path`, with a fetch that records what it was asked. */
function runAt(path: string) {
  const calls: { url: string; init: { method: string; credentials: string; headers: Record<string, string>; body: string } }[] = [];
  const window: { __sliEarlyViewer?: Promise<unknown> } = {};
  const fetch = (url: string, init: (typeof calls)[number]['init']) => {
    calls.push({ url, init });
    return Promise.resolve('response');
  };
  runInNewContext(earlyViewerScript(viewerQueryText(generated)), { window, fetch, location: { pathname: path } });
  return { calls, window };
}

describe('earlyViewerScript', () => {
  it('asks /graphql for the Viewer document codegen wrote, as request(ViewerDocument) does, and keeps the answer', async () => {
    const { calls, window } = runAt('/');
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url).toBe('/graphql');
    expect(call?.init.method).toBe('POST');
    expect(call?.init.credentials).toBe('same-origin');
    expect(call?.init.headers['content-type']).toBe('application/json');
    const body = JSON.parse(call?.init.body ?? '{}') as { query: string; variables?: unknown };
    expect(body.query).toBe(viewerQueryText(generated));
    expect(body.query).toMatch(/^\s*query Viewer \{\n\s+viewer \{/);
    expect(body.query).toContain('operations');
    expect(body).not.toHaveProperty('variables');
    await expect(window.__sliEarlyViewer).resolves.toBe('response');
  });

  it('asks nothing on the sign-in page or a published scorecard', () => {
    for (const path of ['/sign-in', '/embed/scorecard/abc']) {
      const { calls, window } = runAt(path);
      expect([calls.length, window.__sliEarlyViewer]).toEqual([0, undefined]);
    }
    expect(runAt('/reviews').calls).toHaveLength(1);
  });
});
