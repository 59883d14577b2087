/*
 * Workbench EMULATION of LivePerson's agent workspace (the parent side of the Agent Workspace
 * Widget SDK). Lists the simulator's live conversations; focusing one shows its transcript and
 * the ChatLink widget in an iframe (one iframe per conversation, like widget instances), and
 * answers the widget's SDK requests with that conversation's public-model data.
 *
 * Transport (see client-SDK.js): on iframe load the workspace posts `LPTKN<token>` to the
 * widget's origin only (never "*"), transferring a MessagePort; it accepts nothing until the widget
 * answers `HNDSK<token>` on that port, and drops any port message whose token differs.
 */
(function () {
  'use strict';

  var WIDGET_PATH = '/apex/ChatLink';
  var conversations = [];
  var models = {}; // id -> public model
  var widgets = {}; // id -> { iframe, port, token, ready, bindings: [{key, bindingId}] }
  var focusedId = null;

  var $ = function (sel) {
    return document.querySelector(sel);
  };

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'className') e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c) e.appendChild(c);
    });
    return e;
  }

  function resolve(model, key) {
    var parts = String(key).split('.');
    var cur = model;
    for (var i = 0; i < parts.length; i++) {
      if (cur === null || cur === undefined || typeof cur !== 'object') return null;
      cur = cur[parts[i]];
    }
    return cur === undefined ? null : cur;
  }

  function clone(v) {
    return v === undefined ? null : JSON.parse(JSON.stringify(v));
  }

  function formatTime(v) {
    var d = new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v);
    return isNaN(d.getTime()) ? '' : d.toLocaleString();
  }

  // ------------------------------------------------------------------ conversation list

  function renderList() {
    var list = $('#conversation-list');
    list.textContent = '';
    if (conversations.length === 0) {
      list.appendChild(
        el('li', { className: 'slds-item slds-text-color_weak', text: 'No live conversations.' }),
      );
      return;
    }
    conversations.forEach(function (c) {
      var badge = el('span', {
        className: 'slds-badge ' + (c.channel === 'messaging' ? 'slds-badge_inverse' : 'slds-theme_success'),
        text: c.channel === 'messaging' ? 'Messaging' : 'Chat',
      });
      var item = el(
        'div',
        {
          className: 'conversation' + (c.id === focusedId ? ' is-focused' : ''),
          'data-conversation-id': c.id,
          'data-channel': c.channel,
          role: 'button',
          tabindex: '0',
        },
        [
          el('div', { className: 'slds-grid slds-grid_align-spread' }, [
            el('span', { className: 'slds-text-title_bold visitor-name', text: c.visitorName || 'Visitor' }),
            badge,
          ]),
          el('div', {
            className: 'slds-text-body_small slds-text-color_weak',
            text: c.skillName + ' · ' + c.agentName,
          }),
          el('div', {
            className: 'slds-text-body_small slds-text-color_weak',
            text: formatTime(c.startTimeL),
          }),
        ],
      );
      item.addEventListener('click', function () {
        focus(c.id);
      });
      item.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') focus(c.id);
      });
      list.appendChild(el('li', { className: 'slds-item' }, [item]));
    });
  }

  function renderTranscript() {
    var box = $('#transcript');
    box.textContent = '';
    var model = models[focusedId];
    if (!model) return;
    var lines = resolve(model, 'chatTranscript.lines') || [];
    lines.forEach(function (l) {
      var agent = l.source === 'agent';
      var text = el('div', { className: 'line-text' });
      // Agent lines are HTML in chat; shown as text here (this is a simulator, not a renderer).
      text.textContent =
        l.textType === 'html'
          ? new DOMParser().parseFromString(l.text, 'text/html').body.textContent
          : l.text;
      box.appendChild(
        el(
          'div',
          {
            className:
              'line ' + (agent ? 'line-agent' : l.source === 'system' ? 'line-system' : 'line-visitor'),
          },
          [
            el('div', {
              className: 'slds-text-body_small slds-text-color_weak',
              text: (l.by || l.source) + ' · ' + formatTime(l.time),
            }),
            text,
          ],
        ),
      );
    });
    box.scrollTop = box.scrollHeight;
  }

  // ------------------------------------------------------------------ focus and widgets

  function loadModel(id) {
    if (models[id]) return Promise.resolve(models[id]);
    return fetch('/__agent/conversations/' + encodeURIComponent(id) + '/model')
      .then(function (r) {
        if (!r.ok) throw new Error('model ' + r.status);
        return r.json();
      })
      .then(function (m) {
        models[id] = m;
        return m;
      });
  }

  function sendEvent(id, name, data) {
    var w = widgets[id];
    if (w && w.ready) w.port.postMessage({ token: w.token, kind: 'event', name: name, data: data || {} });
  }

  function focus(id) {
    var previous = focusedId;
    focusedId = id;
    renderList();
    var c = conversations.filter(function (x) {
      return x.id === id;
    })[0];
    $('#conversation-title').textContent = c ? (c.visitorName || 'Visitor') + ' — ' + c.skillName : '';
    $('#composer').value = (widgets[id] && widgets[id].composer) || '';
    return loadModel(id).then(function (model) {
      var agent = resolve(model, 'agentInfo.agentName');
      $('#agent-name').textContent = agent ? 'Agent: ' + agent : '';
      renderTranscript();
      Object.keys(widgets).forEach(function (k) {
        widgets[k].iframe.hidden = k !== id;
      });
      if (!widgets[id]) createWidget(id);
      if (previous && previous !== id) sendEvent(previous, 'Visitor Blurred', { conversationId: previous });
      sendEvent(id, 'Visitor Focused', { conversationId: id });
      $('#widget-empty').hidden = true;
    });
  }

  function createWidget(id) {
    var url = new URL(WIDGET_PATH, window.location.href);
    url.searchParams.set('lpHost', window.location.origin);
    url.searchParams.set('bust', String(Date.now()));
    var iframe = el('iframe', {
      className: 'widget-frame',
      src: url.toString(),
      title: 'ChatLink widget',
      'data-conversation-id': id,
      name: 'chatlink-' + id,
    });
    var w = {
      iframe: iframe,
      port: null,
      token: null,
      ready: false,
      bindings: [],
      origin: url.origin,
      composer: '',
    };
    widgets[id] = w;
    iframe.addEventListener('load', function () {
      handshake(id, w);
    });
    $('#widget-frames').appendChild(iframe);
  }

  function handshake(id, w) {
    var channel = new MessageChannel();
    w.token = Math.random().toString(36).slice(2) + Date.now().toString(36);
    w.ready = false;
    w.bindings = [];
    w.port = channel.port1;
    w.port.onmessage = function (e) {
      if (!w.ready) {
        if (e.data === 'HNDSK' + w.token) {
          w.ready = true;
          document.dispatchEvent(new CustomEvent('workspace:widget-connected', { detail: { id: id } }));
          if (focusedId === id) sendEvent(id, 'Visitor Focused', { conversationId: id });
        }
        return;
      }
      var msg = e.data;
      if (!msg || msg.token !== w.token) return;
      handleRequest(id, w, msg);
    };
    // Only to the widget's own origin: never "*".
    w.iframe.contentWindow.postMessage('LPTKN' + w.token, w.origin, [channel.port2]);
  }

  function respond(w, msg, ok, data, error) {
    w.port.postMessage({
      token: w.token,
      kind: 'response',
      id: msg.id,
      ok: ok,
      data: clone(data),
      error: error || null,
    });
  }

  function pushUpdate(w, key, value, bindingId) {
    w.port.postMessage({
      token: w.token,
      kind: 'update',
      key: key,
      newValue: clone(value),
      bindingId: bindingId || null,
    });
  }

  function log(id, text) {
    var entry = el('li', { className: 'slds-item', text: new Date().toLocaleTimeString() + '  ' + text });
    $('#sdk-log').prepend(entry);
    document.dispatchEvent(new CustomEvent('workspace:sdk', { detail: { id: id, text: text } }));
  }

  function handleRequest(id, w, msg) {
    var model = models[id];
    var data = msg.data || {};
    switch (msg.name) {
      case 'Initialize':
        log(id, 'init');
        return respond(w, msg, true, null);
      case 'Get':
        log(id, 'get ' + data.key);
        return respond(w, msg, true, resolve(model, data.key));
      case 'Bind':
        log(id, 'bind ' + data.key);
        w.bindings.push({ key: data.key, bindingId: data.bindingId });
        // The callback fires first with the existing value, and only when there is one; a key
        // without data stays silent until it gets a value (LivePerson: data may be missing).
        var current = resolve(model, data.key);
        if (current !== null && !(Array.isArray(current) && current.length === 0)) {
          pushUpdate(w, data.key, current, data.bindingId);
        }
        return respond(w, msg, true, null);
      case 'Unbind':
        log(id, 'unbind ' + data.key);
        w.bindings = w.bindings.filter(function (b) {
          return (data.bindingIds || []).indexOf(b.bindingId) < 0;
        });
        return respond(w, msg, true, null);
      case 'Write ChatLine':
      case 'Write StructuredContent': {
        var text = msg.name === 'Write ChatLine' ? String(data.text || '') : JSON.stringify(data.json || {});
        w.composer = text;
        if (focusedId === id) $('#composer').value = text;
        log(id, msg.name + ': ' + text);
        return respond(w, msg, true, null);
      }
      case 'Send Notification':
        log(id, 'notification');
        return respond(w, msg, true, null);
      case 'Set Consumer Profile':
      case 'Set Chat Note':
        log(id, msg.name);
        return respond(w, msg, true, null);
      default:
        log(id, 'unknown command ' + msg.name);
        return respond(w, msg, false, null, 'Unknown command ' + msg.name);
    }
  }

  /** Appends a visitor line to the focused conversation and notifies the bound widget. */
  function simulateVisitorLine(text) {
    var id = focusedId;
    var model = models[id];
    if (!model) return;
    model.chatTranscript = model.chatTranscript || { lines: [] };
    var lines = model.chatTranscript.lines;
    var line = {
      id: String(lines.length + 1),
      type: 'line',
      by: resolve(model, 'visitorInfo.visitorName') || 'Visitor',
      source: 'visitor',
      subType: 'REGULAR',
      text: text,
      textType: 'plain',
      time: new Date().toISOString(),
    };
    lines.push(line);
    renderTranscript();
    var w = widgets[id];
    if (!w || !w.ready) return;
    w.bindings.forEach(function (b) {
      if (b.key === 'chatTranscript.lines') pushUpdate(w, b.key, [line], b.bindingId);
      else if (b.key === 'chatTranscript') pushUpdate(w, b.key, model.chatTranscript, b.bindingId);
    });
  }

  /** Sets `path` of a conversation's public model (`null` removes it), as LivePerson changes it after load. */
  function assign(model, path, value) {
    var parts = String(path).split('.');
    var cur = model;
    for (var i = 0; i < parts.length - 1; i++) {
      if (cur[parts[i]] === null || typeof cur[parts[i]] !== 'object') cur[parts[i]] = {};
      cur = cur[parts[i]];
    }
    if (value === null) delete cur[parts[parts.length - 1]];
    else cur[parts[parts.length - 1]] = value;
  }

  /**
   * A change of the public model after load (new SDE values, a skill transfer, the conversation
   * closing): every binding on the changed path, one of its parents or one of its children gets
   * the binding key's full new value (never for `chatTranscript.lines`, which only gets new lines).
   */
  function updateModel(id, path, value) {
    var model = models[id];
    if (!model) return;
    assign(model, path, clone(value));
    var w = widgets[id];
    log(id, 'update ' + path);
    if (!w || !w.ready) return;
    w.bindings.forEach(function (b) {
      var related = b.key === path || path.indexOf(b.key + '.') === 0 || b.key.indexOf(path + '.') === 0;
      if (related && b.key !== 'chatTranscript.lines')
        pushUpdate(w, b.key, resolve(model, b.key), b.bindingId);
    });
  }

  /** A transfer to another skill: `chatInfo.chatSkill` (and the engagement's skill) change. */
  function transferSkill(id, skillName) {
    var chat = clone(resolve(models[id], 'chatInfo')) || {};
    chat.chatSkill = skillName;
    updateModel(id, 'engagementInfo.skill', skillName);
    updateModel(id, 'chatInfo', chat);
  }

  /** The visitor leaves: the visitor's chatting state ends (the conversation stays in the list, read-only). */
  function closeConversation(id) {
    updateModel(id, 'visitorInfo.chattingVisitorState', 'ENDED');
  }

  function start() {
    $('#visitor-line-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var input = $('#visitor-line');
      if (input.value) simulateVisitorLine(input.value);
      input.value = '';
    });
    fetch('/__agent/conversations')
      .then(function (r) {
        return r.json();
      })
      .then(function (body) {
        conversations = body.conversations || [];
        renderList();
        var wanted = new URLSearchParams(window.location.search).get('focus');
        if (wanted && conversations.some((c) => c.id === wanted)) focus(wanted);
      });
  }

  window.Workspace = {
    focus: focus,
    simulateVisitorLine: simulateVisitorLine,
    updateModel: updateModel,
    transferSkill: transferSkill,
    closeConversation: closeConversation,
    widgets: widgets,
  };
  start();
})();
