/** A tiny HTTP router: `GET /admin/:tab` style patterns, JSON and file helpers. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Request {
  method: string;
  url: URL;
  params: Record<string, string>;
  raw: IncomingMessage;
  /** Parsed JSON body (POST). */
  json(): Promise<unknown>;
}

export type Handler = (req: Request, res: ServerResponse) => Promise<void> | void;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export class Router {
  private routes: Route[] = [];

  /** `:name` matches one segment, a trailing `*` the rest (as param `*`). */
  on(method: string, pathPattern: string, handler: Handler): this {
    const keys: string[] = [];
    const re = pathPattern
      .split('/')
      .map((seg) => {
        if (seg.startsWith(':')) {
          keys.push(seg.slice(1));
          return '([^/]+)';
        }
        if (seg === '*') {
          keys.push('*');
          return '(.*)';
        }
        return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    this.routes.push({ method, pattern: new RegExp(`^${re}$`), keys, handler });
    return this;
  }

  get(p: string, h: Handler): this {
    return this.on('GET', p, h);
  }

  post(p: string, h: Handler): this {
    return this.on('POST', p, h);
  }

  async handle(raw: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(raw.url ?? '/', 'http://127.0.0.1');
    const method = raw.method ?? 'GET';
    let body: Promise<unknown> | undefined;
    const req: Request = {
      method,
      url,
      params: {},
      raw,
      json: () => (body ??= readJson(raw)),
    };
    try {
      for (const r of this.routes) {
        if (r.method !== method && !(r.method === 'GET' && method === 'HEAD')) continue;
        const m = r.pattern.exec(url.pathname);
        if (!m) continue;
        r.keys.forEach((k, i) => (req.params[k] = decodeURIComponent(m[i + 1] ?? '')));
        await r.handler(req, res);
        return;
      }
      throw new HttpError(404, `Not found: ${method} ${url.pathname}`);
    } catch (err) {
      const status = err instanceof HttpError ? err.status : 500;
      if (status === 500) console.error(err);
      if (!res.headersSent)
        sendJson(res, status, { message: err instanceof Error ? err.message : String(err) });
      else res.end();
    }
  }
}

async function readJson(raw: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of raw) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'Body is not JSON');
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

export function sendHtml(res: ServerResponse, html: string, status = 200): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

/** Serves a file (404 when missing). `immutable` for content-addressed files. */
export function sendFile(
  res: ServerResponse,
  file: string,
  options: { immutable?: boolean; type?: string } = {},
): void {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    throw new HttpError(404, `Not found: ${path.basename(file)}`);
  res.writeHead(200, {
    'content-type': options.type ?? TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': options.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  fs.createReadStream(file).pipe(res);
}

/** Resolves `rel` inside `root`, refusing `..` escapes. */
export function safeJoin(root: string, rel: string): string {
  const p = path.resolve(root, '.' + path.sep + rel);
  if (p !== root && !p.startsWith(root + path.sep)) throw new HttpError(403, 'Forbidden');
  return p;
}
