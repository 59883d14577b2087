/**
 * Serves a Visualforce page of `force-app` (ChatLink) as plain HTML: the page's own markup and
 * scripts run, with the few platform parts emulated:
 *   - `<apex:page>` → an HTML document with SLDS;
 *   - `<apex:includeLightning/>` → a Lightning Out shim (`$Lightning.use/createComponent`) over the
 *     workbench bundle (our compiled components);
 *   - LivePerson's CDN SDK URL → the workbench's emulated SDK at the same path;
 *   - merge fields: `{!HTMLENCODE(lightningNamespace)}` → `c` (no namespace locally), others → '';
 *   - the page's trusted agent-workspace origins get the workbench's own origin added (as an admin
 *     registers a LivePerson domain), so the page's real origin check runs and passes: the
 *     controller's `agentWorkspaceOrigins` merge field is the workbench's workspace origin, and the
 *     page's LivePerson-host pattern also accepts that origin.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FORCE_APP_MAIN } from './paths';
import { ASSETS, LIVEPERSON_SDK_URL } from './pages';

export function findPage(name: string, forceAppMain: string = FORCE_APP_MAIN): string | undefined {
  if (!fs.existsSync(forceAppMain)) return undefined;
  for (const part of fs.readdirSync(forceAppMain).sort()) {
    const file = path.join(forceAppMain, part, 'pages', `${name}.page`);
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

/** The Lightning Out shim: mounts `ns:name` as `c-kebab-name` from the workbench bundle. */
const LIGHTNING_OUT_SHIM = `<script>
window.$Lightning = {
  use: function (appName, callback) { setTimeout(function () { callback(); }, 0); },
  createComponent: function (name, attributes, containerId, callback) {
    var local = String(name).split(':').pop();
    var tag = 'c-' + local.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
    var container = typeof containerId === 'string' ? document.getElementById(containerId) : containerId;
    var el = window.Workbench.mount(tag, container, attributes || {});
    if (callback) callback(el, 'SUCCESS', null);
  }
};
</script>`;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export interface RenderOptions {
  bundleHash: string;
  /** Origin of the workbench's agent workspace (`http://127.0.0.1:<port>`). */
  workspaceOrigin: string;
}

export function renderVisualforcePage(source: string, options: RenderOptions): string {
  let html = source.replace(/<!--[\s\S]*?-->/g, '');
  const pageTag = /<apex:page\b([^>]*)>/.exec(html);
  const title = pageTag ? (/\btitle="([^"]*)"/.exec(pageTag[1])?.[1] ?? 'Visualforce') : 'Visualforce';
  html = html
    .replace(
      /<apex:page\b[^>]*>/,
      `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n` +
        `<link rel="icon" href="${ASSETS.favicon}">\n<link rel="stylesheet" href="${ASSETS.slds}">\n</head>`,
    )
    .replace(/<\/apex:page>/, '</html>')
    .replace(
      /<apex:includeLightning\s*\/>/g,
      `${LIGHTNING_OUT_SHIM}\n<script src="${ASSETS.bundle(options.bundleHash)}"></script>`,
    )
    .split(LIVEPERSON_SDK_URL)
    .join(ASSETS.agentSdk)
    .replace(/\{!\s*HTMLENCODE\(\s*lightningNamespace\s*\)\s*\}/g, 'c')
    // The controller's agent-workspace origins (Domain API liveEngageUI): here the workbench's workspace.
    .replace(/\{!\s*HTMLENCODE\(\s*agentWorkspaceOrigins\s*\)\s*\}/g, options.workspaceOrigin)
    .replace(/\{![^}]*\}/g, '')
    .replace(/(var\s+TRUSTED_ORIGINS\s*=\s*\[)/, `$1/^${escapeRegExp(options.workspaceOrigin)}$/i, `)
    // LivePerson hosts only, plus the workbench's workspace origin (an http loopback host).
    .replace(
      /(var\s+LIVEPERSON_ORIGIN\s*=\s*)(\/.+\/i);/,
      (_m, decl: string, re: string) =>
        `${decl}new RegExp(${JSON.stringify(`^${escapeRegExp(options.workspaceOrigin)}$|`)} + (${re}).source, 'i');`,
    );
  return html.trimStart();
}
