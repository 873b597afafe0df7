// A small static server for the built site: serves dist/ under a base path and applies the
// _headers file the way Netlify and Cloudflare Pages do, so local tests see production headers.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** Parse a _headers file into rules of { pattern, headers }. */
export function parseHeaders(text) {
  const rules = [];
  let current;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: [] };
      rules.push(current);
    } else if (current) {
      const colon = line.indexOf(':');
      if (colon > 0)
        current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** True when a _headers pattern (exact path, or a trailing /* splat) matches the path. */
export function matches(pattern, path) {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return pattern === path;
}

/** Every header that applies to a path: all matching rules, values of one name joined by commas. */
export function headersFor(rules, path) {
  const merged = new Map();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      merged.set(key, merged.has(key) ? `${merged.get(key)}, ${value}` : value);
    }
  }
  return merged;
}

async function fileFor(root, pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let candidate = join(root, safe);
  if (!candidate.startsWith(root)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) candidate = join(candidate, 'index.html');
    await stat(candidate);
    return candidate;
  } catch {
    return undefined;
  }
}

/** Start serving `dir` under `base` on `port` (0 for any free port); resolves to the server. */
export async function startStaticServer({ dir, base = '/', port = 0, host = '127.0.0.1' }) {
  const root = resolve(dir);
  const headersText = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const rules = parseHeaders(headersText);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status, file, path) => {
      for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
      response.statusCode = status;
      response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      createReadStream(file).pipe(response);
    };
    if (!url.pathname.startsWith(base)) {
      response.statusCode = 404;
      response.end('Not found');
      return;
    }
    // A directory without its trailing slash redirects, as static hosts do.
    const inner = `/${url.pathname.slice(base.length)}`;
    const file = await fileFor(root, inner);
    if (
      file &&
      file.endsWith('index.html') &&
      !url.pathname.endsWith('/') &&
      !inner.endsWith('.html')
    ) {
      response.statusCode = 301;
      response.setHeader('Location', `${url.pathname}/${url.search}`);
      response.end();
      return;
    }
    if (file) return send(200, file, url.pathname);
    const notFound = join(root, '404.html');
    return send(404, notFound, url.pathname);
  });
  await new Promise((done) => server.listen(port, host, done));
  return server;
}
