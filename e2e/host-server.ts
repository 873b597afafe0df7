import { createServer, type Server } from 'node:http';

/**
 * A stand-in for a teacher's course page on another origin: /frame?src=…&sandbox=…&script=…
 * returns a page that embeds one widget the way the README tells teachers to. It listens on
 * 127.0.0.2, so the host page is another site than the explainer (127.0.0.1), as on the web.
 */
export async function startHostServer(): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/raw') {
      // A page made of exactly the HTML given, as when a teacher pastes our snippet.
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(`<!doctype html><html lang="en"><head><title>Course page</title></head><body>
${url.searchParams.get('html') ?? ''}</body></html>`);
      return;
    }
    const src = url.searchParams.get('src') ?? '';
    const sandbox = url.searchParams.get('sandbox');
    const script = url.searchParams.get('script');
    const height = url.searchParams.get('height') ?? '300';
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><html lang="en"><head><title>Course page</title></head><body>
<h1>A course page</h1>
<iframe src="${escape(src)}" title="Embedded widget" width="100%" height="${escape(height)}"
  style="border:0" data-hbb-embed ${sandbox === null ? '' : `sandbox="${escape(sandbox)}"`}></iframe>
${script ? `<script src="${escape(script)}" async></script>` : ''}
<p>After the widget.</p></body></html>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.2', done));
  return server;
}
