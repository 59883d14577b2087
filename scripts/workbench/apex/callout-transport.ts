/**
 * The workbench's network for Apex callouts: real HTTP to the LivePerson simulator on 127.0.0.1.
 * An endpoint is allowed the way an org allows it: its origin is an active Remote Site Setting of
 * `force-app` (the LivePerson hosts, for which the simulator stands in). Anything else fails like
 * the platform: `System.CalloutException: Unauthorized endpoint …`. Nothing leaves 127.0.0.1.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { ApexError } from '../../apex/lang/errors';
import type { CalloutRequest, CalloutResponse, CalloutTransport } from '../../apex/system/services-tx';
import { FORCE_APP } from '../paths';

/** Origins (`https://api.liveperson.net`) of the active Remote Site Settings under `packageDir`. */
export function remoteSiteOrigins(packageDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.remoteSite-meta.xml')) {
        const xml = fs.readFileSync(p, 'utf8');
        const url = /<url>([^<]+)<\/url>/.exec(xml)?.[1];
        if (url && !/<isActive>false<\/isActive>/.test(xml)) out.push(new URL(url.trim()).origin);
      }
    }
  };
  walk(packageDir);
  return out;
}

const unauthorized = (endpoint: string): ApexError =>
  new ApexError(
    'System.CalloutException',
    `Unauthorized endpoint, please check Setup->Security->Remote site settings. endpoint = ${endpoint}`,
  );

/**
 * A transport for which every Remote Site host (by default the package's) resolves to the simulator
 * at `simulatorUrl` (`http://127.0.0.1:<port>`): the request keeps its `Host` header (OAuth 1.0a
 * signs it), TLS is left out (the simulator speaks plain HTTP and accepts signatures made over `https`).
 */
export function simulatorTransport(
  simulatorUrl: string,
  remoteSites: string[] = remoteSiteOrigins(FORCE_APP),
): CalloutTransport {
  const sim = new URL(simulatorUrl);
  if (sim.hostname !== '127.0.0.1')
    throw new Error(`the simulator must listen on 127.0.0.1, not ${sim.host}`);
  const allowed = new Set(remoteSites.map((o) => o.toLowerCase()));
  return async (request: CalloutRequest): Promise<CalloutResponse> => {
    let url: URL;
    try {
      url = new URL(request.endpoint);
    } catch {
      throw new ApexError('System.CalloutException', `no protocol: ${request.endpoint}`);
    }
    if (!allowed.has(url.origin.toLowerCase())) throw unauthorized(request.endpoint);
    const body = request.bodyBytes ?? (request.body === null ? null : Buffer.from(request.body, 'utf8'));
    const headers: http.OutgoingHttpHeaders = { host: url.host };
    for (const [k, v] of request.headers) headers[k] = v;
    if (body) headers['content-length'] = String(body.length);
    return new Promise<CalloutResponse>((resolve, reject) => {
      const req = http.request(
        {
          host: sim.hostname,
          port: sim.port,
          method: request.method,
          path: `${url.pathname}${url.search}`,
          headers,
          timeout: request.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              statusCode: res.statusCode ?? 0,
              status: res.statusMessage ?? '',
              headers: Object.entries(res.headers).flatMap(([k, v]) =>
                v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x): [string, string] => [k, x]),
              ),
              body: new Uint8Array(Buffer.concat(chunks)),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new ApexError('System.CalloutException', 'Read timed out')));
      req.on('error', (e) =>
        reject(
          e instanceof ApexError
            ? e
            : new ApexError('System.CalloutException', `Connection refused: ${e.message}`),
        ),
      );
      if (body && request.method !== 'GET' && request.method !== 'HEAD') req.write(body);
      req.end();
    });
  };
}
