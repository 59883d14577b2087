/**
 * The workbench HTTP server (plain `node:http` + a tiny router): pages, the compiled-component
 * bundle, SLDS assets, the emulated Widget SDK, `POST /__apex/<Class>.<method>` (the real Apex, through
 * the offline runtime) and a small UI API over the local org.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Router, sendFile, sendHtml, sendJson, safeJoin, HttpError } from './router';
import { ADMIN_TABS, adminPage, agentPage, chatLinkPage, indexPage, mountPage, recordPage } from './pages';
import { findPage, renderVisualforcePage } from './visualforce';
import { clockState, moveClock } from './apex/clock-endpoint';
import { callAura } from './apex/aura';
import type { WorkbenchOrg } from './org/local-org';
import type { WorkbenchSimulator } from './simulator';
import type { BundleInfo } from './bundle';
import * as ui from './ui-api';
import { FORCE_APP_MAIN, NODE_MODULES, WORKBENCH_DIR } from './paths';

export interface WorkbenchServerOptions {
  org: WorkbenchOrg;
  bundle: BundleInfo;
  simulator?: WorkbenchSimulator;
  /** 0 = any free port. */
  port?: number;
  host?: string;
  /** Answers for Apex that is not in force-app (`Class.method` → handler): the pipeline's test fixture. */
  fixtureApex?: Record<string, (params: Record<string, unknown>) => unknown>;
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
  // A record's related list (NavigationMixin `standard__recordRelationshipPage`, e.g. a sync run's Event Log
  // entries): the list host filtered to the children of that record.
  router.get('/lightning/r/:object/:id/related/:relationship/:action', (req, res) => {
    ui.relatedList(org, req.params.id, req.params.relationship); // 404 before a page that cannot load
    sendHtml(
      res,
      mountPage(
        'wb-record-list',
        { parentId: req.params.id, relationship: req.params.relationship, iconName: 'standard:related_list' },
        bundle.plan.hash,
      ),
    );
  });
  router.get('/lightning/r/:object/:id/:action', async (req, res) => {
    const def = org.describe(req.params.object);
    if (!def) throw new HttpError(404, `Unknown object ${req.params.object}`);
    const rec = org.get(req.params.id);
    if (!rec) throw new HttpError(404, `No ${def.name} ${req.params.id}`);
    const fields = [...def.fields.values()].filter((f) => f.nameField || f.custom);
    sendHtml(
      res,
      recordPage(
        def.label,
        rec,
        fields.map((f) => ({ name: f.name, label: f.label, referenceTo: f.referenceTo[0] })),
      ),
    );
  });

  // ---- scripts and assets
  router.get('/__workbench/bundle/:file', (_req, res) => sendFile(res, bundle.file, { immutable: true }));
  router.get('/__workbench/workspace.js', (_req, res) => sendFile(res, path.join(PUBLIC, 'workspace.js')));
  // The emulated LivePerson SDK, at the path of https://lpcdn.lpsnmedia.net/webagent/client-SDK.min.js
  router.get('/webagent/client-SDK.min.js', (_req, res) => sendFile(res, path.join(PUBLIC, 'client-SDK.js')));
  // The emulated Console Integration Toolkit, at the org path the ChatLink page loads it from.
  router.get('/support/console/:version/integration.js', (_req, res) =>
    sendFile(res, path.join(PUBLIC, 'console-integration.js')),
  );
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
    sendJson(res, 200, { ok: true, bundle: bundle.plan.hash }),
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
    const params = (await req.json()) as Record<string, unknown>;
    const fixture = options.fixtureApex?.[name];
    if (fixture) {
      sendJson(res, 200, { result: fixture(params) ?? null });
      return;
    }
    const answer = await callAura(org.apex, org.runtime.registry, name, params);
    if (options.verbose) console.log(`apex ${name} ${answer.status}`);
    sendJson(res, answer.status, answer.body);
  });

  // ---- the workbench clock (scheduled jobs fire on it)
  router.get('/__clock', (_req, res) => sendJson(res, 200, clockState(org.clock)));
  router.post('/__clock', async (req, res) =>
    sendJson(res, 200, await moveClock(org.clock, org.apex, await req.json())),
  );

  // ---- UI API over the local org
  router.get('/__ui/object-info/:object', (req, res) => {
    const def = org.describe(req.params.object);
    if (!def) throw new HttpError(404, `Unknown object ${req.params.object}`);
    sendJson(res, 200, ui.objectInfo(def));
  });
  router.get('/__ui/list/:object', (req, res) => sendJson(res, 200, ui.listView(org, req.params.object)));
  router.get('/__ui/related/:id/:relationship', (req, res) =>
    sendJson(res, 200, ui.relatedList(org, req.params.id, req.params.relationship)),
  );
  router.post('/__ui/records/get', async (req, res) =>
    sendJson(res, 200, ui.getRecord(org, (await req.json()) as { recordId?: string })),
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
