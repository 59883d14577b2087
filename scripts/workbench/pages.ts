/**
 * Server-rendered page shells. The shells are emulated (a Lightning app's header and tabs, the
 * Visualforce page around the widget, LivePerson's agent workspace); what they mount is real:
 * our compiled components from `force-app`, with base components and SLDS.
 */

export function esc(s: unknown): string {
  return String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Where pages load things from. */
export const ASSETS = {
  slds: '/assets/styles/salesforce-lightning-design-system.min.css',
  bundle: (hash: string) => `/__workbench/bundle/${hash}.js`,
  workspace: '/__workbench/workspace.js',
  /** Same path as LivePerson's CDN script `https://lpcdn.lpsnmedia.net/webagent/client-SDK.min.js`. */
  agentSdk: '/webagent/client-SDK.min.js',
  favicon: '/assets/images/logo-noname.svg',
};

/** The real SDK URL (liveperson-apis.md §6.1); the workbench serves its emulation at the same path. */
export const LIVEPERSON_SDK_URL = 'https://lpcdn.lpsnmedia.net/webagent/client-SDK.min.js';

function head(title: string, extra = ''): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="icon" href="${ASSETS.favicon}">
<link rel="stylesheet" href="${ASSETS.slds}">
<style>
  html, body { background: #f3f3f3; margin: 0; min-height: 100%; }
  .wb-placeholder { padding: 2rem; text-align: center; }
</style>
${extra}
</head>`;
}

/** Mounts a component by tag, or explains that it is not built yet. */
function mountScript(targetId: string, tag: string, props: Record<string, unknown>): string {
  return `<script>
(function () {
  var target = document.getElementById(${JSON.stringify(targetId)});
  var tag = ${JSON.stringify(tag)};
  if (window.Workbench && window.Workbench.has(tag)) {
    window.Workbench.mount(tag, target, ${JSON.stringify(props)});
  } else {
    target.innerHTML = '<div class="wb-placeholder slds-text-color_weak">&lt;' + tag + '&gt; is not in the bundle yet: its component is not built (npm run build).</div>';
  }
})();
</script>`;
}

export function indexPage(urls: { agent: string; admin: string; simulator: string }): string {
  return `${head('LiveEngage for Salesforce — workbench')}
<body>
<div class="slds-p-around_large">
  <div class="slds-card slds-p-around_medium">
    <h1 class="slds-text-heading_large slds-m-bottom_medium">LiveEngage for Salesforce — local workbench</h1>
    <ul class="slds-list_dotted">
      <li><a href="/agent">Agent workspace (simulated LivePerson) with the ChatLink widget</a></li>
      <li><a href="/admin">LiveEngage app (Account Settings, Customization Settings, Chat Transcripts, Event Log)</a></li>
      <li>LivePerson simulator: <code>${esc(urls.simulator || 'not running')}</code></li>
    </ul>
  </div>
</div>
</body></html>`;
}

export interface AdminTab {
  id: string;
  label: string;
  tag: string;
  props: Record<string, unknown>;
}

export const ADMIN_TABS: AdminTab[] = [
  { id: 'account-settings', label: 'Account Settings', tag: 'c-account-settings', props: {} },
  {
    id: 'customization-settings',
    label: 'Customization Settings',
    tag: 'c-customization-settings',
    props: {},
  },
  {
    id: 'chat-transcripts',
    label: 'Chat Transcripts',
    tag: 'wb-record-list',
    props: { objectApiName: 'Chat_Transcript__c', iconName: 'standard:live_chat' },
  },
  {
    id: 'event-log',
    label: 'Event Log',
    tag: 'wb-record-list',
    props: { objectApiName: 'Event_Log__c', iconName: 'standard:logging' },
  },
];

export function adminPage(tab: AdminTab, bundleHash: string): string {
  const nav = ADMIN_TABS.map(
    (t) => `<li class="slds-context-bar__item${t.id === tab.id ? ' slds-is-active' : ''}">
      <a href="/admin/${t.id}" class="slds-context-bar__label-action" title="${esc(t.label)}" data-tab="${t.id}"${
        t.id === tab.id ? ' aria-current="page"' : ''
      }><span class="slds-truncate">${esc(t.label)}</span></a></li>`,
  ).join('\n');
  return `${head(`${tab.label} | LiveEngage`)}
<body>
<div class="slds-context-bar" style="border-top: 3px solid #0176d3">
  <div class="slds-context-bar__primary">
    <div class="slds-context-bar__item slds-no-hover">
      <span class="slds-context-bar__label-action slds-context-bar__app-name">
        <span class="slds-truncate" title="LiveEngage">LiveEngage</span>
      </span>
    </div>
  </div>
  <nav class="slds-context-bar__secondary" role="navigation">
    <ul class="slds-grid">${nav}</ul>
  </nav>
  <div class="slds-context-bar__secondary slds-col_bump-left">
    <span class="slds-badge">Workbench · local org</span>
  </div>
</div>
<main class="slds-p-around_medium" id="tab-${tab.id}">
  <div id="tab-root" data-tab="${tab.id}"></div>
</main>
<script src="${ASSETS.bundle(bundleHash)}"></script>
${mountScript('tab-root', tab.tag, tab.props)}
</body></html>`;
}

/**
 * `/apex/ChatLink`: the Visualforce page `force-app/main/widget/pages/ChatLink.page` emulated. The
 * page loads LivePerson's SDK script (here: its emulation at the same path) and mounts `c-chat-link`.
 */
export function chatLinkPage(bundleHash: string): string {
  return `${head('ChatLink')}
<body class="slds-scope" style="background: #fff">
<script src="${ASSETS.agentSdk}"></script>
<div id="chatlink-root"></div>
<script src="${ASSETS.bundle(bundleHash)}"></script>
${mountScript('chatlink-root', 'c-chat-link', {})}
</body></html>`;
}

/** A blank page mounting one component of the bundle with string props. */
export function mountPage(tag: string, props: Record<string, string>, bundleHash: string): string {
  return `${head(`<${tag}>`)}
<body class="slds-scope">
<div class="slds-p-around_medium"><div id="mount-root"></div></div>
<script src="${ASSETS.bundle(bundleHash)}"></script>
${mountScript('mount-root', tag, props)}
</body></html>`;
}

export function agentPage(info: { accountId: string }): string {
  return `${head(
    'Agent Workspace (simulated) | LivePerson',
    `<style>
  html, body { height: 100%; }
  .ws { display: grid; grid-template-columns: 300px 1fr 460px; grid-template-rows: auto 1fr; height: 100vh; }
  .ws-header { grid-column: 1 / 4; background: #16325c; color: #fff; padding: .5rem 1rem; display: flex; gap: 1rem; align-items: center; }
  .ws-header .title { font-weight: 700; font-size: 1rem; }
  .ws-list, .ws-convo, .ws-widget { overflow: auto; background: #fff; border-right: 1px solid #dddbda; }
  .conversation { padding: .6rem .8rem; cursor: pointer; border-left: 4px solid transparent; }
  .conversation:hover { background: #f3f3f3; }
  .conversation.is-focused { background: #eef4ff; border-left-color: #0176d3; }
  .ws-convo { display: flex; flex-direction: column; }
  #transcript { flex: 1; overflow: auto; padding: .75rem; background: #fafaf9; }
  .line { margin: .4rem 0; max-width: 80%; padding: .4rem .6rem; border-radius: .5rem; background: #fff; border: 1px solid #dddbda; }
  .line-agent { margin-left: auto; background: #e3f3ff; }
  .line-system { margin: .4rem auto; background: transparent; border: none; font-style: italic; }
  .ws-widget { display: flex; flex-direction: column; }
  #widget-frames { flex: 1; display: flex; }
  .widget-frame { flex: 1; border: 0; width: 100%; min-height: 400px; }
  #sdk-log { max-height: 140px; overflow: auto; font-family: monospace; font-size: 11px; padding: .25rem .5rem; border-top: 1px solid #dddbda; }
</style>`,
  )}
<body>
<div class="ws">
  <header class="ws-header">
    <span class="title">LivePerson Agent Workspace</span>
    <span class="slds-badge">simulated · account ${esc(info.accountId)}</span>
    <span class="slds-col_bump-left" id="agent-name"></span>
  </header>
  <section class="ws-list" aria-label="Live conversations">
    <h2 class="slds-text-title_caps slds-p-around_small">Live conversations</h2>
    <ul id="conversation-list" class="slds-has-dividers_bottom"></ul>
  </section>
  <section class="ws-convo" aria-label="Conversation">
    <h2 class="slds-text-heading_small slds-p-around_small" id="conversation-title">Select a conversation</h2>
    <div id="transcript" aria-live="polite"></div>
    <form id="visitor-line-form" class="slds-p-around_small slds-grid slds-gutters_x-small">
      <div class="slds-col"><input id="visitor-line" class="slds-input" placeholder="Simulate a visitor message…" aria-label="Visitor message"></div>
      <div class="slds-col slds-grow-none"><button class="slds-button slds-button_neutral" type="submit">Send as visitor</button></div>
    </form>
    <div class="slds-p-horizontal_small slds-p-bottom_small">
      <label class="slds-form-element__label" for="composer">Agent input (widget "Write ChatLine" lands here)</label>
      <textarea id="composer" class="slds-textarea" rows="2"></textarea>
    </div>
  </section>
  <section class="ws-widget" aria-label="ChatLink widget">
    <h2 class="slds-text-title_caps slds-p-around_small">ChatLink widget</h2>
    <div id="widget-empty" class="slds-p-around_medium slds-text-color_weak">Focus a conversation to load the widget.</div>
    <div id="widget-frames"></div>
    <ul id="sdk-log" aria-label="SDK traffic"></ul>
  </section>
</div>
<script src="${ASSETS.workspace}"></script>
</body></html>`;
}

/** A generic record page (`/lightning/r/<Object>/<Id>/view`), target of record navigation. */
export function recordPage(
  label: string,
  record: Record<string, unknown>,
  fields: { name: string; label: string; referenceTo?: string }[],
): string {
  const value = (f: { name: string; referenceTo?: string }): string => {
    const v = record[f.name];
    if (f.referenceTo && typeof v === 'string' && v) {
      return `<a href="/lightning/r/${esc(f.referenceTo)}/${esc(v)}/view">${esc(v)}</a>`;
    }
    return esc(v ?? '');
  };
  const rows = fields
    .map(
      (f) => `<div class="slds-col slds-size_1-of-2 slds-p-vertical_x-small">
  <div class="slds-form-element slds-form-element_readonly">
    <span class="slds-form-element__label">${esc(f.label)}</span>
    <div class="slds-form-element__control"><div class="slds-form-element__static" style="white-space: pre-wrap">${value(f)}</div></div>
  </div></div>`,
    )
    .join('\n');
  return `${head(`${String(record.Name ?? record.Id)} | ${label}`)}
<body>
<div class="slds-p-around_medium">
  <div class="slds-page-header slds-m-bottom_medium"><div class="slds-page-header__row"><div class="slds-page-header__col-title">
    <span class="slds-text-title">${esc(label)}</span>
    <h1 class="slds-page-header__title">${esc(record.Name ?? record.Id)}</h1>
  </div></div></div>
  <div class="slds-card slds-p-around_medium"><div class="slds-grid slds-wrap">${rows}</div></div>
</div>
</body></html>`;
}
