/*
 * Workbench EMULATION of Salesforce's Console Integration Toolkit, served at the org path the
 * ChatLink page loads (`/support/console/<version>/integration.js`). Only what the widget uses:
 * `sforce.console.isInConsole()` and `sforce.console.openPrimaryTab(id, url, active, tabLabel,
 * callback, name)`.
 *
 * As on the platform, a page is in a console only when a console hosts it: here, when the top
 * window is a workbench page marked `data-workbench-console="true"` that offers
 * `WorkbenchConsole.openPrimaryTab(url, label)`. The agent workspace (`/agent`) is LivePerson's,
 * not a Salesforce console, so there the widget is never in a console. Outside a console
 * `openPrimaryTab` opens nothing and never calls back.
 */
(function () {
  'use strict';

  function consoleHost() {
    try {
      var top = window.top;
      if (!top || top === window) return null;
      var marked = top.document.documentElement.getAttribute('data-workbench-console') === 'true';
      return marked && top.WorkbenchConsole ? top.WorkbenchConsole : null;
    } catch (e) {
      return null; // another origin frames the page: not the workbench console
    }
  }

  var sforce = (window.sforce = window.sforce || {});
  sforce.console = {
    isInConsole: function () {
      return consoleHost() !== null;
    },
    openPrimaryTab: function (id, url, active, tabLabel, callback, name) {
      var host = consoleHost();
      if (!host) {
        console.warn('sforce.console.openPrimaryTab: this page is not in a Salesforce console');
        return;
      }
      var tabId = host.openPrimaryTab(
        String(url),
        tabLabel || '',
        active !== false,
        id || null,
        name || null,
      );
      if (typeof callback === 'function') {
        setTimeout(function () {
          callback({ success: Boolean(tabId), id: tabId || undefined });
        }, 0);
      }
    },
  };
})();
