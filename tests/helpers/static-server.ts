/**
 * Serves a built site from disk on 127.0.0.1 for browser tests, the way a static host does:
 * `/x/` → `/x/index.html`, unknown paths → 404.html with status 404.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml',
};

export interface StaticSite {
  url: string;
  /** Bytes sent per request path, for payload measurements. */
  sent: Map<string, number>;
  close: () => Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticSite> {
  const sent = new Map<string, number>();
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    let status = 200;
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      status = 404;
      file = path.join(root, '404.html');
    }
    const size = (await stat(file).catch(() => null))?.size ?? 0;
    sent.set(pathname, size);
    res.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': size });
    createReadStream(file).on('error', () => res.end()).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, sent, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
