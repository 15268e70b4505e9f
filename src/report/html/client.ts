/**
 * The HTML report's script, inlined into the page (its hash is in the Content-Security-Policy).
 * It reads the posts from the page's JSON island and renders them a page at a time, so a report
 * with 50,000 flagged posts stays responsive; filters, search, sort, decisions saved in
 * localStorage, and the decisions file export all live here.
 *
 * Post text only ever reaches the page through textContent and createTextNode, never innerHTML,
 * and only http(s) links (checked again here) become hrefs. Plain ES2017 for any current browser;
 * kept free of backticks and template placeholders because it lives in a template literal.
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var doc = document;
  function $(id) { return doc.getElementById(id); }
  function num(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
  var data = JSON.parse($('hindsight-data').textContent);
  var posts = data.posts;
  var PAGE_SIZE = 50;
  var PRINT_LIMIT = 2000;
  var STORE_KEY = 'hindsight:decisions:' + data.reportId;
  var DECISIONS = ['deleted', 'keep', 'unsure'];
  var DECISION_LABEL = { deleted: 'Deleted', keep: 'Keep', unsure: 'Not sure' };
  var DECISION_NOTE = { deleted: 'Your decision: deleted', keep: 'Your decision: keep', unsure: 'Your decision: not sure' };
  var KEY_DECISION = { d: 'deleted', k: 'keep', u: 'unsure' };

  // ---------------------------------------------------------------------------------------
  // Decisions: the report's own (from --decisions), overridden by those made in this browser.

  function keyOf(platform, id) { return platform + '\n' + id; }
  var local = {};
  var storage = null;
  try {
    storage = window.localStorage;
    var saved = storage.getItem(STORE_KEY);
    if (saved) {
      var parsed = JSON.parse(saved);
      if (parsed && parsed.v === 1 && parsed.d && typeof parsed.d === 'object') local = parsed.d;
    }
  } catch (e) {
    storage = null;
  }
  var byKey = {};
  posts.forEach(function (post, index) { post.n = index; byKey[keyOf(post.p, post.i)] = post; });
  var carried = {};
  (data.carried || []).forEach(function (c) { carried[keyOf(c[0], c[1])] = c; });

  function own(post) { return Object.prototype.hasOwnProperty.call(local, keyOf(post.p, post.i)) ? local[keyOf(post.p, post.i)] : null; }
  function decisionOf(post) { var l = own(post); return l ? l[0] : (post.dc || null); }
  function decidedAtOf(post) { var l = own(post); return l ? l[1] : (post.da || data.generatedAt); }

  function save() {
    if (!storage) return false;
    try {
      storage.setItem(STORE_KEY, JSON.stringify({ v: 1, d: local }));
      return true;
    } catch (e) {
      return false;
    }
  }

  function setDecision(post, decision) {
    local[keyOf(post.p, post.i)] = [decision, new Date().toISOString()];
    if (!save()) notice('Your browser did not let this page save decisions. Export them before you close the page.');
    updateProgress();
  }

  function allDecisions() {
    var out = {};
    Object.keys(carried).forEach(function (k) { var c = carried[k]; out[k] = { platform: c[0], id: c[1], decision: c[2], decidedAt: c[3] }; });
    posts.forEach(function (post) {
      if (post.dc) out[keyOf(post.p, post.i)] = { platform: post.p, id: post.i, decision: post.dc, decidedAt: post.da || data.generatedAt };
    });
    Object.keys(local).forEach(function (k) {
      var l = local[k];
      var cut = k.indexOf('\n');
      if (!l || !l[0]) { delete out[k]; return; }
      out[k] = { platform: k.slice(0, cut), id: k.slice(cut + 1), decision: l[0], decidedAt: l[1] };
    });
    return Object.keys(out).map(function (k) { return out[k]; }).sort(function (a, b) {
      return a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
  }

  // ---------------------------------------------------------------------------------------
  // Filtering and sorting

  var form = $('filters');
  var search = $('q');
  var controls = { rec: $('f-rec'), std: $('f-std'), concern: $('f-concern'), platform: $('f-platform'), kind: $('f-kind'), year: $('f-year'), decision: $('f-decision') };
  var sortSelect = $('f-sort');
  var list = $('list');
  var status = $('status');
  var pageLabel = $('page-label');
  var prev = $('prev');
  var next = $('next');
  var page = 0;
  var filtered = [];
  var orders = {};

  function searchText(post) {
    if (post.sq === undefined) {
      var parts = [post.x.join('')];
      post.f.forEach(function (f) { parts.push(f.m); });
      if (post.sh) parts.push(post.sh);
      post.sq = fold(parts.join('\n'));
    }
    return post.sq;
  }
  function fold(s) { return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }

  function order(sort) {
    if (orders[sort]) return orders[sort];
    var idx = posts.map(function (p) { return p.n; });
    if (sort === 'score') idx.sort(function (a, b) { return posts[b].s - posts[a].s || a - b; });
    if (sort === 'newest' || sort === 'oldest') {
      var sign = sort === 'newest' ? -1 : 1;
      idx.sort(function (a, b) {
        var ta = posts[a].t, tb = posts[b].t;
        if (ta === null || tb === null) return (ta === null) - (tb === null) || a - b;
        return sign * (ta - tb) || a - b;
      });
    }
    orders[sort] = idx;
    return idx;
  }

  function hasClause(post, clause) {
    for (var i = 0; i < post.f.length; i++) if (post.f[i].n.indexOf(clause) !== -1) return true;
    return false;
  }
  function hasConcern(post, concern) {
    for (var i = 0; i < post.f.length; i++) if (post.f[i].c === concern) return true;
    return false;
  }

  function currentFilter() {
    var f = { q: fold(search.value.trim()) };
    Object.keys(controls).forEach(function (k) { f[k] = controls[k].value; });
    return f;
  }

  function matches(post, f) {
    if (f.rec === 'still' ? post.dc !== 'deleted' : f.rec && post.r !== f.rec) return false;
    if (f.platform && post.p !== f.platform) return false;
    if (f.kind && post.k !== f.kind) return false;
    if (f.year && post.y !== f.year) return false;
    if (f.std && !hasClause(post, f.std)) return false;
    if (f.concern && !hasConcern(post, f.concern)) return false;
    if (f.decision) {
      var d = decisionOf(post);
      if (f.decision === 'none' ? d !== null : d !== f.decision) return false;
    }
    if (f.q && searchText(post).indexOf(f.q) === -1) return false;
    return true;
  }

  function applyFilters(keepPage) {
    var f = currentFilter();
    var idx = order(sortSelect.value);
    var out = [];
    for (var i = 0; i < idx.length; i++) if (matches(posts[idx[i]], f)) out.push(idx[i]);
    filtered = out;
    if (!keepPage) page = 0;
    page = Math.max(0, Math.min(page, pageCount() - 1));
    render();
  }

  function pageCount() { return Math.max(1, Math.ceil(filtered.length / PAGE_SIZE)); }

  // ---------------------------------------------------------------------------------------
  // Rendering: DOM built with textContent only.

  function el(tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function safeHref(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }

  function renderPost(post) {
    var li = el('li', 'post ' + post.r);
    var article = el('article');
    article.id = 'post-' + post.n;
    article.tabIndex = -1;
    article.setAttribute('aria-labelledby', 'post-h-' + post.n);
    article.dataset.n = String(post.n);

    var head = el('div', 'post-head');
    var h = el('h3');
    h.id = 'post-h-' + post.n;
    h.appendChild(el('span', 'rec ' + post.r, post.r === 'delete' ? 'Delete' : 'Review'));
    h.appendChild(doc.createTextNode(' Score ' + post.s + ': ' + (data.platforms[post.p] || post.p) + ' ' + post.k + ', ' + post.d));
    head.appendChild(h);
    if (post.dc === 'deleted') head.appendChild(el('span', 'badge', 'Still present'));
    article.appendChild(head);

    var meta = [];
    if (post.dc === 'deleted') meta.push('You marked this deleted, but it is still in the export: check that the deletion took.');
    if (post.a) meta.push('Account @' + post.a + '.');
    if (post.sh) meta.push('Shared from ' + post.sh + ' (their words, which you shared).');
    if (post.tr) meta.push('The export cuts this text short; the original may say more.');
    if (meta.length) article.appendChild(el('p', 'post-meta', meta.join(' ')));

    var text = el('p', 'text');
    if (post.x.length === 1 && post.x[0] === '') text.appendChild(el('span', 'muted', '(no text)'));
    for (var i = 0; i < post.x.length; i++) {
      if (!post.x[i]) continue;
      if (i % 2) text.appendChild(el('mark', '', post.x[i]));
      else text.appendChild(doc.createTextNode(post.x[i]));
    }
    article.appendChild(text);

    var findings = el('ul', 'findings');
    findings.setAttribute('aria-label', 'Findings');
    post.f.forEach(function (f) {
      var item = el('li');
      var clauses = f.n.map(function (n) { return data.pack + ' ' + n + (data.clauses[n] ? ' (' + data.clauses[n] + ')' : ''); });
      item.appendChild(el('span', 'std', clauses.length ? clauses.join('; ') : 'No standard cited'));
      item.appendChild(doc.createTextNode(': ' + f.m));
      item.appendChild(el('span', 'why', f.c + ' (' + f.o + '), ' + f.v + ' severity, confidence ' + Math.round(f.q * 100) + '%'));
      findings.appendChild(item);
    });
    article.appendChild(findings);

    var foot = el('div', 'post-foot');
    var href = safeHref(post.u);
    if (href) {
      var a = el('a', '', 'Open the original post on ' + post.h);
      a.href = href;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      var linkLine = el('p');
      linkLine.appendChild(a);
      foot.appendChild(linkLine);
    } else {
      foot.appendChild(el('p', 'muted', 'No link in the export: find the post by its date on the platform.'));
    }
    var decide = el('div', 'decide');
    decide.setAttribute('role', 'group');
    decide.setAttribute('aria-label', 'Your decision on this post');
    decide.appendChild(el('span', 'label', 'Your decision:'));
    var current = decisionOf(post);
    DECISIONS.forEach(function (d) {
      var b = el('button', '', DECISION_LABEL[d]);
      b.type = 'button';
      b.dataset.decision = d;
      b.setAttribute('aria-pressed', String(current === d));
      decide.appendChild(b);
    });
    foot.appendChild(decide);
    article.appendChild(foot);
    article.appendChild(el('p', 'decision-note', current ? DECISION_NOTE[current] : 'Your decision: not decided'));
    li.appendChild(article);
    return li;
  }

  function renderRange(from, to) {
    var frag = doc.createDocumentFragment();
    for (var i = from; i < to; i++) frag.appendChild(renderPost(posts[filtered[i]]));
    list.textContent = '';
    list.appendChild(frag);
    list.start = from + 1;
  }

  function render() {
    var from = page * PAGE_SIZE;
    var to = Math.min(filtered.length, from + PAGE_SIZE);
    renderRange(from, to);
    var total = posts.length;
    if (!filtered.length) status.textContent = total ? 'No posts match these filters.' : 'No posts to list.';
    else status.textContent = 'Showing ' + num(from + 1) + '\u2013' + num(to) + ' of ' + num(filtered.length) + (filtered.length === total ? ' posts' : ' matching posts (of ' + num(total) + ')');
    pageLabel.textContent = 'Page ' + num(page + 1) + ' of ' + num(pageCount());
    prev.disabled = page === 0;
    next.disabled = page >= pageCount() - 1;
  }

  function goToPage(p, focusFirst) {
    page = Math.max(0, Math.min(p, pageCount() - 1));
    render();
    if (focusFirst) {
      var first = list.querySelector('article');
      if (first) first.focus();
      else status.focus();
    }
  }

  // ---------------------------------------------------------------------------------------
  // Progress, notices, export and import

  var progress = $('progress');
  var progressText = $('progress-text');
  var noticeBox = $('notice');

  function notice(message) { noticeBox.textContent = message; }

  function updateProgress() {
    var decided = data.hiddenKept;
    var unsure = 0;
    for (var i = 0; i < posts.length; i++) {
      var d = decisionOf(posts[i]);
      if (d === 'keep' || d === 'deleted') decided++;
      else if (d === 'unsure') unsure++;
    }
    var total = posts.length + data.hiddenKept;
    progress.max = Math.max(1, total);
    progress.value = decided;
    progressText.textContent = num(decided) + ' of ' + num(total) + ' decided' + (unsure ? ', ' + num(unsure) + ' not sure' : '');
  }

  function exportDecisions() {
    var decisions = allDecisions();
    var text = JSON.stringify({ hindsightDecisions: 1, decisions: decisions }, null, 2) + '\n';
    var url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    var a = el('a');
    a.href = url;
    a.download = 'hindsight-decisions.json';
    doc.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    notice('Exported ' + decisions.length + ' decision' + (decisions.length === 1 ? '' : 's') +
      ' to hindsight-decisions.json. Apply them to your next audit with: hindsight audit <your export> --decisions hindsight-decisions.json');
  }

  function importDecisions(file) {
    file.text().then(function (text) {
      var parsed = JSON.parse(text);
      if (!parsed || parsed.hindsightDecisions !== 1 || !Array.isArray(parsed.decisions)) throw new Error('not a hindsight decisions file');
      var count = 0;
      parsed.decisions.forEach(function (d) {
        if (!d || typeof d.platform !== 'string' || typeof d.id !== 'string' || DECISIONS.indexOf(d.decision) === -1) return;
        local[keyOf(d.platform, d.id)] = [d.decision, typeof d.decidedAt === 'string' ? d.decidedAt : new Date().toISOString()];
        count++;
      });
      save();
      updateProgress();
      applyFilters(true);
      notice('Imported ' + count + ' decision' + (count === 1 ? '' : 's') + ' from ' + file.name + '.');
    }).catch(function (e) {
      notice('Could not import ' + file.name + ': ' + (e && e.message ? e.message : 'unreadable file') + '.');
    });
  }

  // ---------------------------------------------------------------------------------------
  // Events

  function postOf(node) {
    var article = node && node.closest ? node.closest('article[data-n]') : null;
    return article ? { article: article, post: posts[Number(article.dataset.n)] } : null;
  }

  function decide(target, decision) {
    var current = decisionOf(target.post);
    var chosen = current === decision ? null : decision;
    setDecision(target.post, chosen);
    target.article.querySelectorAll('button[data-decision]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.decision === chosen));
    });
    var note = target.article.querySelector('.decision-note');
    if (note) note.textContent = chosen ? DECISION_NOTE[chosen] : 'Your decision: not decided';
  }

  list.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[data-decision]') : null;
    if (!button) return;
    var target = postOf(button);
    if (target) decide(target, button.dataset.decision);
  });

  function moveFocus(step) {
    var articles = list.querySelectorAll('article');
    if (!articles.length) return;
    var current = postOf(doc.activeElement);
    var at = -1;
    for (var i = 0; i < articles.length; i++) if (current && articles[i] === current.article) at = i;
    var to = at === -1 ? (step > 0 ? 0 : articles.length - 1) : at + step;
    if (to >= articles.length) { if (page < pageCount() - 1) goToPage(page + 1, true); return; }
    if (to < 0) {
      if (page > 0) { goToPage(page - 1, false); var all = list.querySelectorAll('article'); all[all.length - 1].focus(); }
      return;
    }
    articles[to].focus();
    articles[to].scrollIntoView({ block: 'nearest' });
  }

  // Single-key shortcuts can be switched off (WCAG 2.1.4), e.g. where they clash with a screen reader's keys.
  var shortcuts = $('shortcuts');
  doc.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || !shortcuts.checked) return;
    var t = event.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) {
      if (event.key === 'Escape' && t === search) { search.value = ''; applyFilters(false); }
      return;
    }
    if (event.key === '/') { event.preventDefault(); search.focus(); return; }
    if (event.key === 'n' || event.key === 'j') { event.preventDefault(); moveFocus(1); return; }
    if (event.key === 'p') { event.preventDefault(); moveFocus(-1); return; }
    var decision = KEY_DECISION[event.key];
    var target = decision ? postOf(doc.activeElement) : null;
    if (target) {
      event.preventDefault();
      decide(target, decision);
      moveFocus(1);
    }
  });

  var timer = 0;
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { applyFilters(false); }, 150);
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); clearTimeout(timer); applyFilters(false); });
  form.addEventListener('change', function (event) { if (event.target !== search) applyFilters(false); });
  form.addEventListener('reset', function () { setTimeout(function () { applyFilters(false); }, 0); });
  prev.addEventListener('click', function () { goToPage(page - 1, true); });
  next.addEventListener('click', function () { goToPage(page + 1, true); });
  $('export').addEventListener('click', exportDecisions);
  var importInput = $('import');
  importInput.addEventListener('change', function () {
    if (importInput.files && importInput.files[0]) importDecisions(importInput.files[0]);
    importInput.value = '';
  });

  // Printing: every filtered post (up to a limit), not just the page on screen.
  var printNote = $('print-note');
  window.addEventListener('beforeprint', function () {
    renderRange(0, Math.min(filtered.length, PRINT_LIMIT));
    printNote.textContent = filtered.length > PRINT_LIMIT
      ? 'Printed: the first ' + num(PRINT_LIMIT) + ' of ' + num(filtered.length) + ' posts. Narrow the filters to print the others.'
      : 'Printed: ' + num(filtered.length) + ' post' + (filtered.length === 1 ? '' : 's') + (filtered.length === posts.length ? '.' : ' matching the filters.');
  });
  window.addEventListener('afterprint', function () { render(); printNote.textContent = ''; });

  $('app').hidden = false;
  if (!storage) notice('This browser does not let the page save decisions (private browsing?). Export them before you close the page.');
  updateProgress();
  applyFilters(false);
  doc.documentElement.setAttribute('data-ready', 'true');
})();
`;
