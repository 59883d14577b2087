// Generated from lwc-ts/widget/sfFullView/sfFullView.ts by `npm run build`; do not edit.
/**
 * SF Full View: where a record opens outside the widget. The widget runs on the Visualforce host
 * (`…--liveengage.vf.force.com`), where a relative URL would resolve, so record URLs are built on
 * the org's own domain (`WidgetDtos.Session.orgUrl`). `lightning/navigation` does not run inside
 * Lightning Out. With the skill's "Use Service Console" and the page inside a Salesforce console,
 * the record opens as a console primary tab through the Console Integration Toolkit
 * (`sforce.console`, loaded by the page); otherwise in a new browser tab, and the agent is told why
 * when the console was asked for.
 */

const RECORD_ID = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;
const ORG_URL = /^https:\/\/[a-zA-Z0-9.-]+(:\d+)?$/;

/** The record's URL on the org's domain, or null when either part is not what Salesforce gives. */
export function fullViewUrl(
orgUrl,
recordId)
{
  const base = (orgUrl ?? '').replace(/\/+$/, '');
  if (!ORG_URL.test(base) || !recordId || !RECORD_ID.test(recordId)) return null;
  return `${base}/lightning/r/${recordId}/view`;
}

/** What `openPrimaryTab` reports to its callback. */





/** The part of the Console Integration Toolkit (`sforce.console`) SF Full View uses. */











/** Hands over the host page's `sforce.console` (a function, like the SDK provider: no LWC proxy). */


let consoleProvider;

/** Set by the widget root from what the host page passes; undefined when the page has none. */
export function useConsoleToolkit(provider) {
  consoleProvider = typeof provider === 'function' ? provider : undefined;
}

function toolkit() {
  try {
    const api = consoleProvider?.();
    return api && typeof api.isInConsole === 'function' && typeof api.openPrimaryTab === 'function' ?
    api :
    null;
  } catch {
    return null;
  }
}

export const NOT_IN_CONSOLE =
'This widget is not open inside a Salesforce console, so SF Full View opened the record in a new ' +
'browser tab instead of a Service Console tab.';

export const CONSOLE_REFUSED =
'The Salesforce console did not open a tab for the record, so SF Full View opened it in a new ' +
'browser tab.';









function newTab(url, open) {
  open(url, '_blank', 'noopener');
}

/**
 * Opens the record: a console primary tab when the skill uses the Service Console and the page is
 * in a console, else a new browser tab (opened before any wait, while the click still counts).
 */
export function openFullView(
url,
label,
useServiceConsole,
open = (u, t, f) => window.open(u, t, f))
{
  const api = useServiceConsole ? toolkit() : null;
  let inConsole = false;
  try {
    inConsole = api !== null && api.isInConsole() === true;
  } catch {
    inConsole = false;
  }
  if (!api || !inConsole) {
    newTab(url, open);
    return Promise.resolve({ where: 'tab', notice: useServiceConsole ? NOT_IN_CONSOLE : '' });
  }
  return new Promise((resolve) => {
    const refused = () => {
      newTab(url, open);
      resolve({ where: 'tab', notice: CONSOLE_REFUSED });
    };
    try {
      api.openPrimaryTab(null, url, true, label, (result) =>
      result?.success === true ? resolve({ where: 'console', notice: '' }) : refused()
      );
    } catch {
      refused();
    }
  });
}
