/**
 * "Who is signed in?" asked from a tiny classic script that index.html loads `async` in its head, so
 * the request starts as soon as the HTML is read instead of after the entry's ~570 KB of JavaScript
 * has downloaded, parsed and run. The entry's viewer query takes the answer over
 * (`window.__sliEarlyViewer`, read once by viewerQueryOptions), so it is asked once. Built by the
 * `earlyViewer` Vite plugin (vite.config.mts) from the Viewer document codegen wrote, so the text sent
 * is exactly the one viewerQueryOptions would send.
 */

/** The Viewer document's text from codegen's output (libs/shared/data-access/src/gql/graphql.ts). */
export function viewerQueryText(generated: string): string {
  const found = /export const ViewerDocument = new TypedDocumentString\(`([\s\S]*?)`\)/.exec(generated);
  if (!found?.[1]) throw new Error('gql/graphql.ts has no ViewerDocument: run npm run codegen (is the Viewer query still in viewer.ts?)');
  return found[1];
}

/**
 * The script: not on the sign-in page nor on a published scorecard (as main.tsx), a POST like
 * `request(ViewerDocument)`'s — same body, same headers, the session cookie — kept as a promise of
 * the response. A failure is left for the viewer query to report; the guard only stops an
 * "unhandled rejection" if nothing reads it.
 */
export function earlyViewerScript(query: string): string {
  const body = JSON.stringify(JSON.stringify({ query }));
  return (
    '(function(){if(/^\\/(?:sign-in|embed\\/)/.test(location.pathname))return;' +
    `var p=fetch('/graphql',{method:'POST',credentials:'same-origin',headers:{'content-type':'application/json',accept:'application/json'},body:${body}});` +
    'p.catch(function(){});window.__sliEarlyViewer=p;})();\n'
  );
}
