/**
 * The workbench HTTP server (plain `node:http` + a tiny router): pages, the compiled-component
 * bundle, SLDS assets, the emulated Widget SDK, `POST /__apex/<Class>.<method>` and a small UI API
 * over the local org.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Router, sendFile, sendHtml, sendJson, safeJoin, HttpError } from './router';
import { ADMIN_TABS, adminPage, agentPage, chatLinkPage, indexPage, mountPage, recordPage } from './pages';
import { findPage, renderVisualforcePage } from './visualforce';
import { loadApexRegistry } from './apex/registry';
import { AuraHandledException, type AnyApexHandler } from './apex/handler';
import type { LocalOrg } from './org/database';
import type { WorkbenchSimulator } from './simulator';
import type { BundleInfo } from './bundle';
import * as ui from './ui-api';
import { FORCE_APP_MAIN, NODE_MODULES, WORKBENCH_DIR } from './paths';

export interface WorkbenchServerOptions {
  org: LocalOrg;
  bundle: BundleInfo;
  simulator?: WorkbenchSimulator;
  /** 0 = any free port. */
  port?: number;
  host?: string;
  /** Extra Apex handlers (`Class.method` → handler), e.g. for test fixtures. */
  extraHandlers?: Record<string, AnyApexHandler>;
  /** Log each Apex call. */
  verbose?: boolean;
}

export interface WorkbenchServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const SLDS_ASSETS = path.join(NODE_MODULES, '@salesforce-ux', 'design-system', 'assets');
const PUBLIC = path.join(WORKBENCH_DIR, 'public');

function staticResource(name: string): string | undefined {
  if (!fs.existsSync(FORCE_APP_MAIN)) return undefined;
  for (const part of fs.readdirSync(FORCE_APP_MAIN)) {
    const dir = path.join(FORCE_APP_MAIN, part, 'staticresources');
    if (!fs.existsSync(dir)) continue;
    const hit = fs
      .readdirSync(dir)
      .find((f) => f.split('.')[0] === name && !f.endsWith('.resource-meta.xml'));
    if (hit) return path.join(dir, hit);
  }
  return undefined;
}

export async function startWorkbenchServer(options: WorkbenchServerOptions): Promise<WorkbenchServer> {
  const { org, bundle, simulator } = options;
  const registry = loadApexRegistry();
  for (const [k, v] of Object.entries(options.extraHandlers ?? {})) registry.handlers.set(k, v);
  const user = (await org.get('User', org.userId)) ?? { Id: org.userId, Name: 'Workbench Admin' };
  const router = new Router();

  // ---- pages
  router.get('/', (_req, res) =>
    sendHtml(res, indexPage({ agent: '/agent', admin: '/admin', simulator: simulator?.info.baseUrl ?? '' })),
  );
  router.get('/agent', (_req, res) =>
    sendHtml(res, agentPage({ accountId: simulator?.info.accountId ?? '' })),
  );
  router.get('/apex/:page', (req, res) => {
    // The page of force-app, with its platform parts emulated (visualforce.ts); a plain shell
    // mounting c-chat-link while the widget part has no ChatLink.page yet.
    const file = findPage(req.params.page);
    if (file) {
      const workspaceOrigin = `http://${req.raw.headers.host ?? '127.0.0.1'}`;
      sendHtml(
        res,
        renderVisualforcePage(fs.readFileSync(file, 'utf8'), {
          bundleHash: bundle.plan.hash,
          workspaceOrigin,
        }),
      );
    } else if (req.params.page === 'ChatLink') {
      sendHtml(res, chatLinkPage(bundle.plan.hash));
    } else {
      throw new HttpError(404, `No Visualforce page ${req.params.page} in force-app`);
    }
  });
  // Any component of the bundle on a blank page (development aid, and the pipeline's own test).
  router.get('/__workbench/mount/:tag', (req, res) =>
    sendHtml(res, mountPage(req.params.tag, Object.fromEntries(req.url.searchParams), bundle.plan.hash)),
  );
  router.get('/admin', (_req, res) => {
    res.writeHead(302, { location: `/admin/${ADMIN_TABS[0].id}` });
    res.end();
  });
  router.get('/admin/:tab', (req, res) => {
    const tab = ADMIN_TABS.find((t) => t.id === req.params.tab);
    if (!tab) throw new HttpError(404, `No admin tab ${req.params.tab}`);
    sendHtml(res, adminPage(tab, bundle.plan.hash));
  });
  // Object pages (NavigationMixin `standard__objectPage`, e.g. the Event Log's Callout Errors list view): the
  // admin tab that lists the object; the list view name (`filterName`) stays in the query string.
  router.get('/lightning/o/:object/:action', (req, res) => {
    const tab = ADMIN_TABS.find((t) => t.props.objectApiName === req.params.object);
    if (!tab) throw new HttpError(404, `No list of ${req.params.object} in the workbench`);
    res.writeHead(302, { location: `/admin/${tab.id}${req.url.search}` });
    res.end();
  });
  router.get('/lightning/r/:object/:id/:action', async (req, res) => {
    const def = org.schema.objects.get(req.params.object);
    if (!def) throw new HttpError(404, `Unknown object ${req.params.object}`);
    const rec = await org.get(def.name, req.params.id);
    if (!rec) throw new HttpError(404, `No ${def.name} ${req.params.id}`);
    sendHtml(res, recordPage(def.label, rec, [{ name: 'Name', label: def.nameField.label }, ...def.fields]));
  });

  // ---- scripts and assets
  router.get('/__workbench/bundle/:file', (_req, res) => sendFile(res, bundle.file, { immutable: true }));
  router.get('/__workbench/workspace.js', (_req, res) => sendFile(res, path.join(PUBLIC, 'workspace.js')));
  // The emulated LivePerson SDK, at the path of https://lpcdn.lpsnmedia.net/webagent/client-SDK.min.js
  router.get('/webagent/client-SDK.min.js', (_req, res) => sendFile(res, path.join(PUBLIC, 'client-SDK.js')));
  router.get('/assets/*', (req, res) => sendFile(res, safeJoin(SLDS_ASSETS, req.params['*'])));
  router.get('/resource/:name', (req, res) => {
    const file = staticResource(req.params.name.replace(/^\d+\//, ''));
    if (!file) throw new HttpError(404, `No static resource ${req.params.name}`);
    sendFile(res, file);
  });
  router.get('/favicon.ico', (_req, res) =>
    sendFile(res, path.join(SLDS_ASSETS, 'images', 'logo-noname.svg')),
  );
  router.get('/__workbench/health', (_req, res) =>
    sendJson(res, 200, { ok: true, bundle: bundle.plan.hash, apex: [...registry.handlers.keys()].sort() }),
  );

  // ---- agent workspace data (from the simulator)
  router.get('/__agent/conversations', (_req, res) => {
    const conversations = simulator?.liveConversations() ?? [];
    sendJson(res, 200, { accountId: simulator?.info.accountId ?? null, conversations });
  });
  router.get('/__agent/conversations/:id/model', (req, res) => {
    const model = simulator?.widgetModel(req.params.id);
    if (!model) throw new HttpError(404, `No live conversation ${req.params.id}`);
    sendJson(res, 200, model);
  });

  // ---- Apex
  router.post('/__apex/:name', async (req, res) => {
    const name = req.params.name;
    const handler = registry.get(name);
    if (!handler) {
      throw new HttpError(
        501,
        `The workbench has no handler for Apex ${name}: add scripts/workbench/apex/${name.split('.')[0]}.ts (see registry.ts)`,
      );
    }
    const params = (await req.json()) as Record<string, unknown>;
    try {
      const result = await handler(params, { org, simulator: simulator?.info, user });
      if (options.verbose) console.log(`apex ${name} ok`);
      sendJson(res, 200, { result: result === undefined ? null : result });
    } catch (err) {
      if (options.verbose)
        console.log(`apex ${name} failed: ${err instanceof Error ? err.message : String(err)}`);
      const aura = err instanceof AuraHandledException;
      if (!aura) console.error(err);
      sendJson(res, aura ? 400 : 500, {
        message: err instanceof Error ? err.message : String(err),
        exceptionType: aura ? err.exceptionType : 'System.UnexpectedException',
      });
    }
  });

  // ---- UI API over the local org
  router.get('/__ui/object-info/:object', (req, res) => {
    const def = org.schema.objects.get(req.params.object);
    if (!def) throw new HttpError(404, `Unknown object ${req.params.object}`);
    sendJson(res, 200, ui.objectInfo(def));
  });
  router.get('/__ui/list/:object', async (req, res) =>
    sendJson(res, 200, await ui.listView(org, req.params.object)),
  );
  router.post('/__ui/records/get', async (req, res) =>
    sendJson(res, 200, await ui.getRecord(org, (await req.json()) as { recordId?: string })),
  );
  router.post('/__ui/records/create', async (req, res) =>
    sendJson(res, 200, await ui.createRecord(org, (await req.json()) as { apiName?: string })),
  );
  router.post('/__ui/records/update', async (req, res) =>
    sendJson(
      res,
      200,
      await ui.updateRecord(org, (await req.json()) as { fields?: Record<string, unknown> }),
    ),
  );
  router.post('/__ui/records/delete', async (req, res) =>
    sendJson(res, 200, await ui.deleteRecord(org, (await req.json()) as { recordId?: string })),
  );

  const server = http.createServer((req, res) => void router.handle(req, res));
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4300, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
