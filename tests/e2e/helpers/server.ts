/**
 * A tiny static server for test pages, on 127.0.0.1 only. It serves folders under URL prefixes and
 * pages given as strings, sets per-page headers (for CSP), and counts the requests per path so a
 * test can assert that many widgets share one request.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface Page {
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

export interface ServeOptions {
  /** URL prefix (e.g. "/dist/") → folder on disk. */
  folders?: Record<string, string>;
  /** Exact path (e.g. "/index.html") → page. */
  pages?: Record<string, Page>;
  /** Headers sent with every response (e.g. a CSP for the whole origin). */
  headers?: Record<string, string>;
  /** Milliseconds to hold each response whose path matches, to widen timing windows (the first match applies). */
  delay?: { match: RegExp; ms: number } | { match: RegExp; ms: number }[];
}

export interface TestServer {
  origin: string;
  /** Requests seen per path (query strings kept), in arrival order of first sight. */
  requests: Map<string, number>;
  /** Adds or replaces a page while running. */
  page(path: string, page: Page): void;
  close(): Promise<void>;
}

export async function serve(options: ServeOptions): Promise<TestServer> {
  const pages = new Map(Object.entries(options.pages ?? {}));
  const folders = Object.entries(options.folders ?? {}).sort((a, b) => b[0].length - a[0].length);
  const requests = new Map<string, number>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const key = url.pathname + url.search;
    requests.set(key, (requests.get(key) ?? 0) + 1);
    const delay = [options.delay ?? []].flat().find((d) => d.match.test(url.pathname));
    if (delay) await new Promise((r) => setTimeout(r, delay.ms));
    const common = { 'cache-control': 'no-store', ...options.headers };

    if (url.pathname === '/favicon.ico' && !pages.has(url.pathname)) {
      // Chromium asks for it on every page; answer so it never shows up as a failed request.
      res.writeHead(204, common);
      res.end();
      return;
    }
    const page = pages.get(url.pathname);
    if (page) {
      res.writeHead(200, { 'content-type': page.type ?? types[extname(url.pathname)] ?? types['.html'], ...common, ...page.headers });
      res.end(page.body);
      return;
    }
    for (const [prefix, folder] of folders) {
      if (!url.pathname.startsWith(prefix)) continue;
      const rel = decodeURIComponent(url.pathname.slice(prefix.length));
      const file = normalize(join(folder, rel));
      if (!file.startsWith(normalize(folder + sep)) && file !== normalize(folder)) break;
      try {
        if (!(await stat(file)).isFile()) break;
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...common });
        res.end(body);
        return;
      } catch {
        break;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain', ...common });
    res.end('not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    page: (path, page) => void pages.set(path, page),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
