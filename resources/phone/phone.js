/*
 * The phone page of pe_desktop (docs/design.md section 6).
 *
 * Plain ES5 so it runs on old phone browsers: no modules, no fetch, no
 * promises, no arrow functions. Every text goes into the page with
 * textContent, never as markup: session titles and group names are typed by
 * people and are data. The server is the authority: after any event from the
 * facilitator the page fetches /api/state again, so a phone that slept or
 * lost the Wi-Fi is right again as soon as it reconnects.
 */
(function () {
  'use strict';

  // The page's own words come from the server with every state (/api/state:
  // strings, languages, language_names), from resources/translations/phone.<lang>.json,
  // so adding a language needs no change here.
  var strings = null;        // this language's texts, once the first state arrived
  var languages = [];        // shipped language codes, from the server
  var EVENTS = ['item-opened', 'item-closed', 'revealed', 'round-changed', 'session-closed'];
  var UNSURE = 'unsure';
  var AGREEMENT = { agree: 'agreeAgree', mixed: 'agreeMixed', split: 'agreeSplit', 'too few': 'agreeTooFew' };

  var lang = initialLanguage();
  var state = null;          // last /api/state answer
  var cards = {};            // item key -> card elements
  var ui = {};               // item key -> {status, value, error, sending, queued, tries}
  var online = true;
  var joining = false;
  var refreshTimer = null;
  var refreshing = false;
  var refreshAgain = false;
  var events = null;
  var eventsBackoff = 2000;

  // ------------------------------------------------------------ helpers
  function $(id) { return document.getElementById(id); }

  function t(key, values) {
    var text = (strings && strings[key]) || '';
    if (values) {
      for (var name in values) {
        if (values.hasOwnProperty(name)) { text = text.split('{' + name + '}').join(String(values[name])); }
      }
    }
    return text;
  }

  function setText(el, text) { el.textContent = text; }

  function show(el, visible) {
    var names = el.className ? el.className.split(/\s+/) : [];
    var out = [];
    for (var i = 0; i < names.length; i++) { if (names[i] && names[i] !== 'hide') { out.push(names[i]); } }
    if (!visible) { out.push('hide'); }
    el.className = out.join(' ');
  }

  function toggleClass(el, name, on) {
    var names = el.className ? el.className.split(/\s+/) : [];
    var out = [];
    for (var i = 0; i < names.length; i++) { if (names[i] && names[i] !== name) { out.push(names[i]); } }
    if (on) { out.push(name); }
    el.className = out.join(' ');
  }

  function make(tag, className, text) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text !== undefined && text !== null) { el.textContent = text; }
    return el;
  }

  function clear(el) { while (el.firstChild) { el.removeChild(el.firstChild); } }

  function storageGet(key) {
    try { return window.localStorage ? window.localStorage.getItem(key) : null; } catch (e) { return null; }
  }

  function storageSet(key, value) {
    try { if (window.localStorage) { window.localStorage.setItem(key, value); } } catch (e) { /* private mode */ }
  }

  function initialLanguage() {
    // a wish: the server answers in it when it ships it (and says which it used)
    var saved = storageGet('pe-lang');
    if (saved && /^[a-z]{2,3}$/.test(saved)) { return saved; }
    var nav = (navigator.language || navigator.userLanguage || '').toLowerCase();
    return nav.split(/[-_]/)[0];
  }

  function request(method, path, body, done) {
    var xhr = new XMLHttpRequest();
    var finished = false;
    function finish() {
      if (finished) { return; }
      finished = true;
      var data = null;
      try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
      done(xhr.status, data);
    }
    xhr.open(method, path, true);
    xhr.setRequestHeader('X-Requested-With', 'pe-desktop');
    if (body !== null) { xhr.setRequestHeader('Content-Type', 'application/json'); }
    try { xhr.timeout = 15000; } catch (e) { /* old browsers */ }
    xhr.onreadystatechange = function () { if (xhr.readyState === 4) { finish(); } };
    xhr.ontimeout = finish;
    xhr.onerror = finish;
    xhr.send(body === null ? null : JSON.stringify(body));
  }

  function handleLostDevice(status, data) {
    // the server no longer knows this phone (restarted): load the join link again, once a minute at most
    if (status === 403 && data && data.error === 'no-device') {
      var last = parseInt(storageGet('pe-reload') || '0', 10);
      var now = new Date().getTime();
      if (now - last > 60000) {
        storageSet('pe-reload', String(now));
        window.location.reload();
      } else {
        showOnly('ended');
        setText($('ended-text'), t('errSession'));
      }
      return true;
    }
    return false;
  }

  // ------------------------------------------------------------- state
  function refresh() {
    if (refreshing) { refreshAgain = true; return; }
    refreshing = true;
    request('GET', '/api/state' + (lang ? '?lang=' + encodeURIComponent(lang) : ''), null, function (status, data) {
      refreshing = false;
      if (status === 200 && data) {
        state = data;
        lang = data.language;
        strings = data.strings;
        setOnline(true);
        render();
      } else if (status === 400 && data && data.error === 'bad-language') {
        // a language this server does not ship: take its default instead
        lang = '';
        refreshAgain = true;
      } else if (!handleLostDevice(status, data)) {
        if (status === 0) { setOnline(false); }
        if (status === 410) { showOnly('ended'); setText($('ended-text'), t('errSession')); }
        if (!state) { scheduleRefresh(3000 + Math.random() * 2000); }
      }
      if (refreshAgain) { refreshAgain = false; refresh(); }
    });
  }

  function scheduleRefresh(delay) {
    if (refreshTimer) { return; }
    refreshTimer = window.setTimeout(function () { refreshTimer = null; refresh(); }, delay);
  }

  function setOnline(value) {
    online = value;
    setText($('net'), t('offline'));
    show($('net'), !value && strings !== null);
  }

  // ------------------------------------------------------------ render
  function showOnly(id) {
    var ids = ['loading', 'join', 'vote', 'ended'];
    for (var i = 0; i < ids.length; i++) { show($(ids[i]), ids[i] === id); }
  }

  function renderChrome() {
    if (!strings) { return; }  // the page's words arrive with the first state
    document.documentElement.lang = lang;
    document.title = t('pageTitle');
    setText($('loading-text'), t('loading'));
    renderLanguages();
    setText($('net'), t('offline'));
    var who = $('who');
    if (state && state.me) {
      setText(who, t('you', { code: state.me.participant }) + ' · ' + groupName(state.me.group));
    } else {
      setText(who, '');
    }
  }

  function renderLanguages() {
    // one button per shipped language, named in itself so its speakers find it
    var box = $('langs');
    var codes = (state && state.languages) || [];
    if (codes.join(' ') !== languages.join(' ')) {
      clear(box);
      for (var i = 0; i < codes.length; i++) {
        var button = make('button', 'lang', (state.language_names && state.language_names[codes[i]]) || codes[i]);
        button.type = 'button';
        button.id = 'lang-' + codes[i];
        button.setAttribute('lang', codes[i]);
        button.onclick = makeLanguageHandler(codes[i]);
        box.appendChild(button);
      }
      languages = codes;
    }
    for (var j = 0; j < languages.length; j++) {
      var shown = $('lang-' + languages[j]);
      shown.setAttribute('aria-pressed', languages[j] === lang ? 'true' : 'false');
      toggleClass(shown, 'on', languages[j] === lang);
    }
  }

  function makeLanguageHandler(code) {
    return function () { setLanguage(code); };
  }

  function groupName(id) {
    var groups = (state && state.groups) || [];
    for (var i = 0; i < groups.length; i++) { if (groups[i].id === id) { return groups[i].name; } }
    return '';
  }

  function render() {
    renderChrome();
    if (!state) { showOnly('loading'); return; }
    if (state.session.closed) {
      showOnly('ended');
      setText($('ended-text'), t('ended'));
      renderResults($('ended-results'));
      renderSummaryLink();
      return;
    }
    if (!state.me) { renderJoin(); } else { renderVote(); }
  }

  function renderJoin() {
    showOnly('join');
    setText($('rejoin-label'), t('rejoinLabel'));
    setText($('rejoin-go'), t('rejoinGo'));
    setText($('join-title'), state.session.title);
    setText($('join-ask'), state.groups.length ? t('chooseGroup') : t('noGroups'));
    setText($('join-anon'), t('anonymous'));
    var box = $('groups');
    clear(box);
    for (var i = 0; i < state.groups.length; i++) {
      var button = make('button', 'choice group', state.groups[i].name);
      button.type = 'button';
      button.disabled = joining;
      button.setAttribute('data-group', state.groups[i].id);
      button.onclick = onJoinClick;
      box.appendChild(button);
    }
  }

  function onJoinClick() {
    if (joining) { return; }
    var group = this.getAttribute('data-group');
    joining = true;
    show($('join-error'), false);
    setText($('join-ask'), t('joining'));
    renderJoinButtons();
    request('POST', '/api/join', { group: group, language: lang }, function (status, data) {
      joining = false;
      if (status === 200 && data) {
        refresh();
        return;
      }
      if (handleLostDevice(status, data)) { return; }
      setText($('join-error'), status === 429 ? t('errTooMany') : t('errJoin'));
      show($('join-error'), true);
      renderJoin();
    });
  }

  function renderJoinButtons() {
    var buttons = $('groups').getElementsByTagName('button');
    for (var i = 0; i < buttons.length; i++) { buttons[i].disabled = joining; }
  }

  function openItems() {
    var open = {};
    var list = [];
    for (var i = 0; i < state.open.length; i++) { open[state.open[i]] = true; }
    for (var j = 0; j < state.items.length; j++) { if (open[state.items[j].key]) { list.push(state.items[j]); } }
    return list;
  }

  function scaleChoices() {
    var choices = [];
    for (var i = 0; i < state.scale.points.length; i++) {
      var point = state.scale.points[i];
      choices.push({ value: point.value, number: String(point.value), label: point.label });
    }
    if (state.scale.allow_unsure) { choices.push({ value: null, number: '', label: t('notSure') }); }
    return choices;
  }

  function answerText(value) {
    if (value === null) { return t('notSure'); }
    var points = state.scale.points;
    for (var i = 0; i < points.length; i++) {
      if (points[i].value === value) { return points[i].label ? value + ' · ' + points[i].label : String(value); }
    }
    return String(value);
  }

  function savedValue(key) {
    var votes = (state.me && state.me.votes) || {};
    return votes.hasOwnProperty(key) ? { value: votes[key] } : null;
  }

  function renderVote() {
    showOnly('vote');
    setText($('vote-title'), state.session.title + ' · ' + t('round', { n: state.round }));
    setText($('vote-help'), t('help'));
    var items = openItems();
    var container = $('items');
    var keep = {};
    var answered = 0;
    var next = container.firstChild;  // where the next card belongs
    for (var i = 0; i < items.length; i++) {
      var item = items[i];
      keep[item.key] = true;
      var card = cards[item.key];
      if (!card || card.round !== state.round || card.lang !== state.language) {
        if (card) {
          if (card.root === next) { next = next.nextSibling; }
          container.removeChild(card.root);
        }
        card = buildCard(item);
        cards[item.key] = card;
      }
      // keep instrument order, moving a card only when it is out of place:
      // re-inserting a node under a finger can swallow the tap
      if (card.root === next) { next = next.nextSibling; } else { container.insertBefore(card.root, next); }
      updateCard(item.key);
      if (savedValue(item.key)) { answered += 1; }
    }
    for (var key in cards) {
      if (cards.hasOwnProperty(key) && !keep[key]) {
        container.removeChild(cards[key].root);
        delete cards[key];
        delete ui[key];
      }
    }
    show($('vote-help'), items.length > 0);
    show($('progress'), items.length > 1);
    setText($('progress'), t('progress', { done: answered, total: items.length }));
    show($('waiting'), items.length === 0);
    setText($('waiting-text'), t('waiting'));
    setText($('waiting-hint'), t('waitingHint'));
    show($('revealed'), state.revealed.length > 0);
    setText($('revealed'), t('revealed'));
    renderResults($('results'));
    renderRejoinMine();
  }

  function buildCard(item) {
    var root = make('div', 'card');
    root.appendChild(make('h2', 'item-title', item.title));
    root.appendChild(make('p', 'question', item.question));
    var choices = scaleChoices();
    var list = make('div', choices.length > 8 ? 'scale grid' : 'scale');
    list.setAttribute('role', 'group');
    list.setAttribute('aria-label', item.title);
    var buttons = [];
    for (var i = 0; i < choices.length; i++) {
      var choice = choices[i];
      var button = make('button', choice.value === null ? 'choice unsure' : 'choice');
      button.type = 'button';
      if (choice.number) { button.appendChild(make('span', 'num', choice.number)); }
      if (choice.label) { button.appendChild(make('span', 'label', choice.label)); }
      button.setAttribute('data-value', choice.value === null ? UNSURE : String(choice.value));
      button.onclick = makeVoteHandler(item.key, choice.value);
      list.appendChild(button);
      buttons.push(button);
    }
    root.appendChild(list);
    var status = make('p', 'status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    var statusMain = make('span', 'status-main');
    var statusHint = make('span', 'status-hint');
    status.appendChild(statusMain);
    status.appendChild(statusHint);
    root.appendChild(status);
    return {
      root: root, buttons: buttons, status: status, statusMain: statusMain, statusHint: statusHint,
      round: state.round, lang: state.language
    };
  }

  function updateCard(key) {
    var card = cards[key];
    if (!card) { return; }
    var mine = ui[key] || {};
    var saved = savedValue(key);
    var shown = mine.sending || mine.queued ? mine.value : (saved ? saved.value : undefined);
    for (var i = 0; i < card.buttons.length; i++) {
      var raw = card.buttons[i].getAttribute('data-value');
      var value = raw === UNSURE ? null : parseInt(raw, 10);
      var on = shown !== undefined && value === shown;
      card.buttons[i].setAttribute('aria-pressed', on ? 'true' : 'false');
      toggleClass(card.buttons[i], 'on', on);
    }
    var kind = '';
    var main = '';
    var hint = '';
    if (mine.sending || mine.queued) {
      kind = 'saving';
      main = t('saving');
    } else if (mine.error) {
      kind = 'error';
      main = t(mine.error);
    } else if (saved) {
      kind = 'saved';
      main = '✓ ' + t('saved', { answer: answerText(saved.value) });
      hint = t('savedHint');
    }
    card.status.className = kind ? 'status ' + kind : 'status';
    setText(card.statusMain, main);
    setText(card.statusHint, hint);
  }

  // ------------------------------------------- results, rejoin, summary
  var shownResults = {};  // container id -> what it shows (re-rendered only on change: aria-live)

  function number(value) { return value === null || value === undefined ? '–' : String(value); }

  function itemTitle(key) {
    for (var i = 0; i < state.items.length; i++) { if (state.items[i].key === key) { return state.items[i].title; } }
    return key;
  }

  function resultCard(result) {
    var card = make('div', 'result');
    card.appendChild(make('h2', 'result-title', t('resultTitle', { title: itemTitle(result.key) })));
    if (result.median === null) {
      card.appendChild(make('p', 'result-line', t('resultNone')));
      return card;
    }
    card.appendChild(make('p', 'result-line', t('resultMedian', { median: number(result.median) })));
    card.appendChild(make('p', 'result-line', t('resultMost', { q1: number(result.q1), q3: number(result.q3) })));
    var agreement = AGREEMENT[result.agreement];
    if (agreement) { card.appendChild(make('p', 'result-line', t(agreement))); }
    for (var i = 0; i < result.groups.length; i++) {
      var group = result.groups[i];
      card.appendChild(make('p', 'result-line', t('resultGroup', { name: group.name, median: number(group.median) })));
    }
    if (result.hidden_groups) { card.appendChild(make('p', 'hint', t('resultHidden'))); }
    card.appendChild(make('p', 'hint', t('resultCount', { n: result.n, unsure: result.unsure })));
    return card;
  }

  function renderResults(box) {
    var results = state.results || [];
    var key = lang + JSON.stringify(results);
    if (shownResults[box.id] === key) { return; }
    shownResults[box.id] = key;
    clear(box);
    for (var i = 0; i < results.length; i++) { box.appendChild(resultCard(results[i])); }
  }

  function renderSummaryLink() {
    var link = $('summary-link');
    link.setAttribute('href', '/api/summary.pdf?lang=' + lang);
    link.setAttribute('download', 'summary-' + lang + '.pdf');
    setText(link, t('summary'));
    show(link, !!state.summary);
  }

  function renderRejoinMine() {
    var mine = $('rejoin-mine');
    var code = state.me && state.me.rejoin;
    setText(mine, code ? t('rejoinMine', { code: code }) : '');
    show(mine, !!code);
  }

  function onRejoinClick() {
    var code = $('rejoin-code').value;
    show($('rejoin-error'), false);
    request('POST', '/api/rejoin', { code: code }, function (status, data) {
      if (status === 200) { refresh(); return; }
      if (handleLostDevice(status, data)) { return; }
      setText($('rejoin-error'), status === 429 ? t('errTooMany') : t('rejoinBad'));
      show($('rejoin-error'), true);
    });
  }

  // -------------------------------------------------------------- vote
  function makeVoteHandler(key, value) {
    return function () { castVote(key, value); };
  }

  function castVote(key, value) {
    var mine = ui[key] || (ui[key] = {});
    mine.value = value;
    mine.error = null;
    mine.tries = 0;
    if (mine.sending) { mine.queued = true; } else { sendVote(key); }
    updateCard(key);
  }

  function sendVote(key) {
    var mine = ui[key];
    var value = mine.value;
    var round = state.round;
    mine.sending = true;
    mine.queued = false;
    request('POST', '/api/vote', { item: key, value: value, round: round }, function (status, data) {
      mine.sending = false;
      if (status === 200 && data && data.saved) {
        if (state.me && state.round === round) { state.me.votes[key] = data.value; }
        setOnline(true);
      } else if (handleLostDevice(status, data)) {
        return;
      } else if ((status === 0 || status === 503) && mine.tries < 2 && !mine.queued) {
        // a vote is idempotent: sending the same answer again is safe
        mine.tries += 1;
        mine.sending = true;
        window.setTimeout(function () { sendVote(key); }, 1500);
        return;
      } else {
        mine.error = voteError(status, data);
        if (status === 0) { setOnline(false); }
        // let the person read why before the closed question goes away
        if (status === 409 || status === 403) { scheduleRefresh(2500); }
      }
      if (mine.queued) {
        // the person already tapped another answer: that one is what counts now
        mine.error = null;
        sendVote(key);
      }
      if (state && state.me) { renderVote(); }
    });
  }

  function voteError(status, data) {
    var code = data && data.error;
    if (status === 0) { return 'errNetwork'; }
    if (status === 429) { return 'errTooMany'; }
    if (code === 'item-closed' || code === 'session-closed') { return 'errItemClosed'; }
    if (code === 'wrong-round') { return 'errWrongRound'; }
    return 'errOther';
  }

  // ------------------------------------------------------------ events
  function onServerEvent() {
    // spread 200 phones' refetches over a moment instead of one spike
    scheduleRefresh(50 + Math.random() * 400);
  }

  function connectEvents() {
    if (!window.EventSource) {
      window.setInterval(refresh, 5000);
      return;
    }
    var source = new window.EventSource('/api/events');
    events = source;
    source.onopen = function () {
      eventsBackoff = 2000;
      setOnline(true);
      scheduleRefresh(50 + Math.random() * 400);
    };
    source.onerror = function () {
      setOnline(false);
      if (source.readyState === 2) {
        // the server refused the stream (or is gone): try again later, ourselves
        source.close();
        events = null;
        window.setTimeout(connectEvents, eventsBackoff + Math.random() * 1000);
        eventsBackoff = Math.min(eventsBackoff * 2, 30000);
        scheduleRefresh(eventsBackoff);
      }
    };
    source.onmessage = onServerEvent;
    for (var i = 0; i < EVENTS.length; i++) { source.addEventListener(EVENTS[i], onServerEvent, false); }
  }

  // ----------------------------------------------------------- language
  function setLanguage(value) {
    if (value === lang) { return; }
    lang = value;
    storageSet('pe-lang', lang);
    render();
    refresh();
  }

  function start() {
    $('rejoin-go').onclick = onRejoinClick;
    renderChrome();
    refresh();
    connectEvents();
    // a safety net for a silently stalled stream
    window.setInterval(function () { if (!refreshing) { refresh(); } }, 30000);
    if (document.addEventListener) {
      document.addEventListener('visibilitychange', function () {
        if (!document.hidden) { refresh(); }
      }, false);
    }
  }

  start();
}());
