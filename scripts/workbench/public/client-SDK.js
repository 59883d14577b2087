/*
 * Workbench EMULATION of LivePerson's Agent Workspace Widget SDK, served at the real script's path
 * (`https://lpcdn.lpsnmedia.net/webagent/client-SDK.min.js` → `/webagent/client-SDK.min.js`).
 * Widget (iframe) side of `lpTag.agentSDK`: init / get / bind / unbind / command /
 * setConsumerProfile / dispose / onNotify / onVisitorFocused / onVisitorBlurred, with the public
 * constants (cmdNames, reqNames, eventNames, appNames) and the documented error strings.
 *
 * Transport, after LivePerson's Chronos PostMessageCourier (liveperson-apis.md §6.4):
 *  - the parent origin is resolved from the `lpHost` query parameter, then `document.referrer`;
 *    when neither names one, no handshake is accepted (never a "*" wildcard);
 *  - the workspace (parent) posts `LPTKN<token>` with a transferred MessagePort; the widget accepts
 *    it only from `window.parent` and from the resolved origin (the real SDK does not check the
 *    origin of this first message: the emulation is stricter on purpose), answers `HNDSK<token>`
 *    on the port, and from then on every message carries the token, which both sides check.
 */
(function () {
  'use strict';

  var cmdNames = {
    bind: 'Bind',
    unbind: 'Unbind',
    write: 'Write ChatLine',
    writeSC: 'Write StructuredContent',
    notify: 'Send Notification',
    sendFile: 'Send File',
    initialize: 'Initialize',
  };
  var reqNames = { get: 'Get', setConsumerProfile: 'Set Consumer Profile', setChatNote: 'Set Chat Note' };
  var eventNames = { notify: 'Notify', visitorFocused: 'Visitor Focused', visitorBlurred: 'Visitor Blurred' };
  var appNames = { manager: 'iFrame manager', events: 'iFrame events' };

  function resolveHostOrigin() {
    var params = new URLSearchParams(window.location.search);
    var candidates = [params.get('lpHost'), document.referrer];
    for (var i = 0; i < candidates.length; i++) {
      if (!candidates[i]) continue;
      try {
        return new URL(candidates[i]).origin;
      } catch {
        /* not a URL: try the next one */
      }
    }
    return '*';
  }

  var hostOrigin = resolveHostOrigin();
  var port = null;
  var token = null;
  var initialized = false;
  var queue = [];
  var pending = {};
  var nextId = 1;
  var bindings = {}; // key -> [{ id, cb }]
  var handlers = { notify: [], focused: [], blurred: [] };

  function callSafely(cb, arg, what) {
    if (typeof cb !== 'function') return;
    try {
      cb(arg);
    } catch (e) {
      console.error('Callback provided for ' + what + ' encountered an error', e);
    }
  }

  function post(msg) {
    msg.token = token;
    port.postMessage(msg);
  }

  function send(kind, name, data, done) {
    var msg = { kind: kind, id: nextId++, name: name, data: data === undefined ? null : data };
    pending[msg.id] = done || null;
    if (port) post(msg);
    else queue.push(msg);
  }

  function onPortMessage(e) {
    var msg = e.data;
    if (!msg || msg.token !== token) return; // not ours
    if (msg.kind === 'response') {
      var done = pending[msg.id];
      delete pending[msg.id];
      if (done) done(msg.ok ? null : msg.error || 'error', msg.data);
    } else if (msg.kind === 'update') {
      var list = bindings[msg.key] || [];
      for (var i = 0; i < list.length; i++) {
        if (msg.bindingId && list[i].id !== msg.bindingId) continue;
        callSafely(list[i].cb, { key: msg.key, newValue: msg.newValue }, msg.key);
      }
    } else if (msg.kind === 'event') {
      var hs =
        msg.name === eventNames.visitorFocused
          ? handlers.focused
          : msg.name === eventNames.visitorBlurred
            ? handlers.blurred
            : handlers.notify;
      for (var j = 0; j < hs.length; j++) callSafely(hs[j], msg.data, msg.name);
    }
  }

  window.addEventListener('message', function (e) {
    if (typeof e.data !== 'string' || e.data.indexOf('LPTKN') !== 0) return;
    if (e.source !== window.parent) return;
    // An unknown host origin ('*') matches no event: the handshake is refused rather than trusted.
    if (hostOrigin === '*' || e.origin !== hostOrigin) {
      console.warn(
        'lpTag.agentSDK (workbench): ignored a handshake from ' + e.origin + ', expected ' + hostOrigin,
      );
      return;
    }
    if (!e.ports || !e.ports[0] || port) return;
    token = e.data.slice(5);
    port = e.ports[0];
    port.onmessage = onPortMessage;
    port.postMessage('HNDSK' + token);
    var q = queue;
    queue = [];
    for (var i = 0; i < q.length; i++) post(q[i]);
  });

  function requireInit(method) {
    if (!initialized) {
      console.error('No channel defined... Maybe you are missing a call to init? (' + method + ')');
      return false;
    }
    return true;
  }

  function keyError(method, key) {
    return 'Error calling "' + method + '" on the following key: ' + key;
  }

  var bindingIds = 1;

  var agentSDK = {
    v: '1.0-workbench',
    name: 'agentSDK',
    cmdNames: cmdNames,
    reqNames: reqNames,
    eventNames: eventNames,
    appNames: appNames,

    init: function (config) {
      if (initialized) return;
      initialized = true;
      config = config || {};
      if (config.notificationCallback) handlers.notify.push(config.notificationCallback);
      if (config.visitorFocusedCallback) handlers.focused.push(config.visitorFocusedCallback);
      if (config.visitorBlurredCallback) handlers.blurred.push(config.visitorBlurredCallback);
      send('command', cmdNames.initialize, { url: window.location.href });
    },

    get: function (key, onSuccess, onError) {
      if (!requireInit('get')) return;
      if (!key) {
        callSafely(onError, 'No key provided for get', 'get');
        return;
      }
      send('request', reqNames.get, { key: key }, function (err, data) {
        if (err) callSafely(onError, keyError('get', key) + ' (' + err + ')', 'get');
        else callSafely(onSuccess, data === undefined ? null : data, 'get');
      });
    },

    bind: function (key, updateCallback, notifyWhenDone) {
      if (!requireInit('bind')) return;
      if (!key) {
        callSafely(notifyWhenDone, 'No key provided for bind', 'bind');
        return;
      }
      var id = 'b' + bindingIds++;
      (bindings[key] = bindings[key] || []).push({ id: id, cb: updateCallback });
      send('command', cmdNames.bind, { key: key, bindingId: id }, function (err) {
        callSafely(notifyWhenDone, err ? keyError('bind', key) + ' (' + err + ')' : null, 'bind');
      });
    },

    unbind: function (key, updateCallback, notifyWhenDone) {
      if (!requireInit('unbind')) return;
      var list = bindings[key] || [];
      var kept = [];
      var removed = [];
      for (var i = 0; i < list.length; i++) (list[i].cb === updateCallback ? removed : kept).push(list[i]);
      bindings[key] = kept;
      if (removed.length === 0) {
        callSafely(notifyWhenDone, keyError('unbind', key) + ' (callback was not bound)', 'unbind');
        return;
      }
      send('command', cmdNames.unbind, { key: key, bindingIds: removed.map((b) => b.id) }, function (err) {
        callSafely(notifyWhenDone, err ? keyError('unbind', key) + ' (' + err + ')' : null, 'unbind');
      });
    },

    command: function (cmdName, data, notifyWhenDone) {
      if (!requireInit('command')) return;
      if (!cmdName) {
        callSafely(notifyWhenDone, 'No cmdName provided for command', 'command');
        return;
      }
      send('command', cmdName, data, function (err) {
        callSafely(notifyWhenDone, err ? keyError('command', cmdName) + ' (' + err + ')' : null, 'command');
      });
    },

    setConsumerProfile: function (data, onSuccess, onError) {
      if (!requireInit('setConsumerProfile')) return;
      var keys = Object.keys(data || {});
      for (var i = 0; i < keys.length; i++) {
        if (data[keys[i]] === null)
          throw new Error('setConsumerProfile: ' + keys[i] + ' is null (send "" instead)');
      }
      send('request', reqNames.setConsumerProfile, data, function (err, result) {
        if (err) callSafely(onError, err, 'setConsumerProfile');
        else callSafely(onSuccess, result, 'setConsumerProfile');
      });
    },

    onNotify: function (cb) {
      handlers.notify.push(cb);
    },
    onVisitorFocused: function (cb) {
      handlers.focused.push(cb);
    },
    onVisitorBlurred: function (cb) {
      handlers.blurred.push(cb);
    },

    dispose: function () {
      if (port) port.close();
      port = null;
      initialized = false;
      bindings = {};
      pending = {};
      handlers = { notify: [], focused: [], blurred: [] };
    },
  };

  window.lpTag = window.lpTag || {};
  window.lpTag.agentSDK = agentSDK;
})();
