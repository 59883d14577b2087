/**
 * The workbench's network for Apex callouts: real HTTP to the LivePerson simulator on 127.0.0.1.
 * An endpoint is allowed the way an org allows it: its origin is an active Remote Site Setting of
 * `force-app` (the LivePerson hosts, for which the simulator stands in), or the simulator's own
 * origin (the Remote Site an admin would add for it). The simulator speaks plain HTTP, so `https`
 * to it is carried over `http` (it accepts signatures made over either scheme). Anything else fails
 * like the platform: `System.CalloutException: Unauthorized endpoint …`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApexError } from '../../apex/lang/errors';
import type { CalloutRequest, CalloutResponse, CalloutTransport } from '../../apex/system/services-tx';

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

/** A transport sending allowed callouts to the simulator at `simulatorUrl` (`http://127.0.0.1:<port>`). */
export function simulatorTransport(simulatorUrl: string, remoteSites: string[]): CalloutTransport {
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
    const toSimulator = url.host === sim.host && (url.protocol === 'http:' || url.protocol === 'https:');
    if (!toSimulator && !allowed.has(url.origin.toLowerCase())) throw unauthorized(request.endpoint);
    const target = `${sim.origin}${url.pathname}${url.search}`;
    const headers = new Headers();
    for (const [k, v] of request.headers) headers.append(k, v);
    const bytes = request.bodyBytes ?? (request.body === null ? null : Buffer.from(request.body, 'utf8'));
    const body = bytes ? new Blob([new Uint8Array(bytes)]) : null;
    let res: Response;
    try {
      res = await fetch(target, {
        method: request.method,
        headers,
        body: body && request.method !== 'GET' && request.method !== 'HEAD' ? body : null,
        signal: AbortSignal.timeout(request.timeoutMs),
      });
    } catch (e) {
      const timedOut = (e as Error).name === 'TimeoutError';
      throw new ApexError(
        'System.CalloutException',
        timedOut ? 'Read timed out' : `Unable to tunnel through proxy. ${String(e)}`,
      );
    }
    return {
      statusCode: res.status,
      status: res.statusText,
      headers: headerPairs(res.headers),
      body: new Uint8Array(await res.arrayBuffer()),
    };
  };
}

function headerPairs(headers: Headers): [string, string][] {
  const out: [string, string][] = [];
  headers.forEach((value, key) => out.push([key, value]));
  return out;
}
