// Gazette search. Reads the static index the build writes under search/ (README.md,
// "Search") with fetch, and shows results with DOM calls only (never innerHTML).
(() => {
  'use strict';
  var $ = id => document.getElementById(id), page = $('search');
  if (!page || !window.fetch || !window.TextDecoder) return;
  var base = page.getAttribute('data-index'), root = page.getAttribute('data-root');
  var form = $('search-form'), input = $('search-q'), status = $('search-status'), list = $('search-results');
  var facetBox = $('search-facets'), sortBox = $('search-sort'), more = $('search-more'), tools = $('search-tools');
  var PAGE = 20, EXPAND = 6, KEYS = ['q', 'section', 'year', 'author', 'tag', 'sort'];
  var files = {}, ents = {}, rootInfo = null, run = 0, shown = PAGE, timer = 0, last = null, ranges = true;
  var utf8 = new TextDecoder(), dates = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
    { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

  // Folding and terms: the same as Gazette's SearchFolding and SearchTokenizer.
  var DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var CJK = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\u{20000}-\u{2ffff}]/u;
  var WORD = /[\p{L}\p{N}\p{M}]/u, WORDS = /[\p{L}\p{N}\p{M}]+/gu;
  var LETTERS = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ı': 'i', 'ħ': 'h', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ς': 'σ' };
  function fold(text) {
    return text.normalize('NFD').replace(DIACRITICS, '').normalize('NFC').toLowerCase()
      .replace(/[łøđðıħßæœþς]/g, c => LETTERS[c]);
  }
  // Terms of a text, as [term, run]: a run number groups the pairs of one CJK run.
  function terms(text) {
    var out = [], word = '', chars = [], runs = 0;
    function flushWord() { if (word && Array.from(word).length <= 40) out.push([word, -1]); word = ''; }
    function flushRun() {
      if (chars.length === 1) out.push([chars[0], -1]);
      else if (chars.length) { runs++; for (var i = 0; i + 1 < chars.length; i++) out.push([chars[i] + chars[i + 1], runs]); }
      chars = [];
    }
    for (var ch of fold(text)) {
      if (CJK.test(ch)) { flushWord(); chars.push(ch); }
      else if (WORD.test(ch)) { flushRun(); word += ch; }
      else { flushWord(); flushRun(); }
    }
    flushWord(); flushRun();
    return out;
  }
  function hash(text) {
    var bytes = new TextEncoder().encode(text), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
    return h;
  }

  // Loading: a whole file once, versioned by the root's hash, or bytes [a, b) by a Range
  // request; after a 200 to one (no ranges on this server), whole files only.
  async function get(url, init) {
    var response = await fetch(url, init);
    if (!response.ok) throw new Error(url + ': ' + response.status);
    return response;
  }
  function load(path, version, binary) {
    var url = base + path + (version ? '?v=' + version : '');
    if (!files[url]) {
      files[url] = get(url, path === 'index.json' ? { cache: 'no-cache' } : {})
        .then(res => binary ? res.arrayBuffer().then(b => new Uint8Array(b)) : res.text());
      files[url].catch(() => { delete files[url]; });
    }
    return files[url];
  }
  async function range(path, version, a, b) {
    var url = base + path + '?v=' + version;
    if (!ranges || files[url]) return (await load(path, version, true)).subarray(a, b);
    var res = await get(url, { headers: { Range: 'bytes=' + a + '-' + (b - 1) } }), bytes = new Uint8Array(await res.arrayBuffer());
    if (res.status === 206) return bytes;
    ranges = false; files[url] = Promise.resolve(bytes);
    return bytes.subarray(a, b);
  }
  function info() { return rootInfo || (rootInfo = load('index.json').then(JSON.parse)); }
  function Reader(bytes, at) { this.b = bytes; this.at = at; }
  Reader.prototype.v = function () {
    var x = 0, s = 1, b;
    do { b = this.b[this.at++]; x += (b & 127) * s; s *= 128; } while (b & 128);
    return x;
  };

  // The dictionary: folded words to stems and counts, in ranges listed by the root.
  async function words(term, prefix) {
    var r = await info(), found = [], i = 0;
    while (i + 1 < r.dict.length && r.dict[i + 1] <= term) i++;
    for (; i < r.dict.length; i++) {
      var text = await load('w/' + i + '.txt', r.dictHash[i]);
      for (var line of text.split('\n')) {
        var f = line.split('\t');
        if (f[0] === term || (prefix && f[0].startsWith(term))) found.push({ word: f[0], stem: f[1] || f[0], df: +f[2], at: +f[3], len: +f[4] });
      }
      if (!prefix || i + 1 >= r.dict.length || !r.dict[i + 1].startsWith(term)) break;
    }
    var exact = found.filter(w => w.word === term);
    var rest = found.filter(w => w.word !== term).sort((a, b) => b.df - a.df);
    var stems = [];
    exact.concat(rest).forEach(w => { if (!stems.some(s => s.stem === w.stem) && stems.length < EXPAND) stems.push(w); });
    return stems;
  }

  // A stem's entry in its shard: the range its dictionary line gives, or (facets) from the whole file.
  function entryOf(w) { return ents[w.stem] || (ents[w.stem] = findEntry(w)); }
  async function findEntry(w) {
    var r = await info(), n = hash(w.stem) & (r.shards - 1), name = 'p/' + ('00' + n.toString(16)).slice(-3), v = r.postHash[n];
    if (w.len) return entry(await range(name + '.bin', v, w.at, w.at + w.len), 0, name, v);
    var bytes = await load(name + '.bin', v, true), rd = new Reader(bytes, 4);
    for (var i = rd.v(), e; i > 0; i--) { e = entry(bytes, rd.at, name, v); if (e.stem === w.stem) return e; rd.at = e.at + e.size; }
  }
  function entry(bytes, at, name, version) {
    var rd = new Reader(bytes, at), len = rd.v(), stem = utf8.decode(bytes.subarray(rd.at, rd.at + len)); rd.at += len;
    var e = { stem: stem, df: rd.v(), nNew: rd.v(), nBest: rd.v(), tailAt: rd.v(), tailLen: rd.v(), posAt: rd.v(), posLen: rd.v() };
    e.size = rd.v(); e.at = rd.at; e.bytes = bytes; e.name = name; e.version = version;
    return e;
  }
  // Postings of a stem: `mode` 'new' (newest block), 'best' (best block) or 'all' (with the tail).
  async function postings(w, mode) {
    var r = await info(), e = await entryOf(w);
    var out = { df: 0, ids: [], w: [], sec: [], complete: true };
    if (!e) return out;
    out.df = e.df;
    var rd = new Reader(e.bytes, e.at), prev = r.docs, i;
    function gaps(reader, count) {
      for (var k = 0; k < count; k++) {
        prev = prev - reader.v() - 1;
        out.ids.push(prev); out.w.push(reader.b[reader.at]); out.sec.push(reader.b[reader.at + 1]); reader.at += 2;
      }
    }
    if (mode === 'best' && e.nBest) {
      var skip = new Reader(e.bytes, e.at);
      for (i = 0; i < e.nNew; i++) { skip.v(); skip.at += 2; }
      for (i = 0; i < e.nBest; i++) {
        out.ids.push(r.docs - 1 - skip.v()); out.w.push(skip.b[skip.at]); out.sec.push(skip.b[skip.at + 1]); skip.at += 2;
      }
      out.complete = false;
      return out;
    }
    gaps(rd, e.nNew);
    if (e.df > e.nNew) {
      if (mode !== 'all') { out.complete = false; return out; }
      gaps(new Reader(await range(e.name + '-t.bin', e.version, e.tailAt, e.tailAt + e.tailLen), 0), e.df - e.nNew);
    }
    return out;
  }
  async function positions(w, ids) {
    var e = await entryOf(w), rd = new Reader(await range(e.name + '-x.bin', e.version, e.posAt, e.posAt + e.posLen), 0), map = new Map();
    for (var i = 0; i < ids.length; i++) {
      var n = rd.v(), p = 0, set = new Set();
      for (var k = 0; k < n; k++) { p += rd.v(); set.add(p); }
      map.set(ids[i], set);
    }
    return map;
  }

  // A query: words (the last one also as a prefix while typing), "phrases", filters.
  function parse(q, typing) {
    var groups = [], re = /["\u201c\u201d]([^"\u201c\u201d]*)["\u201c\u201d]?|[^"\u201c\u201d]+/g, m;
    while ((m = re.exec(q))) {
      var phrase = m[1] !== undefined, ts = terms(phrase ? m[1] : m[0]);
      if (!ts.length) continue;
      var runs = {};
      ts.forEach(t => { if (t[1] >= 0) (runs[t[1]] = runs[t[1]] || []).push(t[0]); });
      if (phrase) groups.push({ phrase: ts.map(t => t[0]) });
      ts.forEach(t => { if (t[1] < 0 && !phrase) groups.push({ word: t[0] }); });
      Object.keys(runs).forEach(k => { if (!phrase) groups.push({ phrase: runs[k] }); });
    }
    var lastWord = groups.length && groups[groups.length - 1].word;
    if (typing && lastWord && /[\p{L}\p{N}]$/u.test(q)) groups[groups.length - 1].prefix = true;
    return groups;
  }

  async function search(state) {
    var r = await info(), groups = parse(state.q, state.typing);
    if (!groups.length) return null;
    var single = groups.length === 1 && groups[0].word && !state.author && !state.tag && !state.section && !state.year && !state.all;
    var lists = [];
    for (var g of groups) {
      if (g.word) {
        var stems = await words(g.word, g.prefix);
        if (!stems.length) return { ids: [], total: 0, complete: true };
        var mode = single && stems.length === 1 ? (state.sort === 'new' ? 'new' : 'best') : 'all';
        lists.push(await Promise.all(stems.map((s, n) => {
          return postings(s, mode).then(p => { p.factor = n === 0 ? 1 : 0.8; return p; });
        })));
      } else {
        var ps = [];
        for (var w of g.phrase) {
          var st = await words(w, false);
          if (!st.length) return { ids: [], total: 0, complete: true };
          ps.push(st[0]);
        }
        var ls = await Promise.all(ps.map(s => postings(s, 'all')));
        var common = intersect(ls.map(l => [l]));
        var pos = await Promise.all(ps.map((s, n) => positions(s, ls[n].ids)));
        var keep = new Map();
        common.forEach((v, id) => {
          var first = pos[0].get(id);
          for (var p of first) {
            if (pos.every((m, k) => m.get(id).has(p + k))) { keep.set(id, v); break; }
          }
        });
        lists.push([{ df: keep.size, map: keep, complete: true }]);
      }
    }
    for (var facet of [['author', 'a:'], ['tag', 't:']]) {
      if (state[facet[0]]) lists.push([Object.assign(await postings({ stem: facet[1] + state[facet[0]] }, 'all'), { filter: true })]);
    }
    var matches = intersect(lists), complete = lists.every(l => l.every(p => p.complete));
    var sections = {}, years = {}, ids = [];
    matches.forEach((v, id) => {
      var y = yearOf(r, id), sec = r.sections[v.sec - 1], inYear = !state.year || String(y) === state.year;
      var inSec = !state.section || (sec && sec[1] === state.section);
      if (inSec) years[y] = (years[y] || 0) + 1;
      if (sec && inYear) sections[sec[1]] = (sections[sec[1]] || 0) + 1;
      if (inYear && inSec) ids.push(id);
    });
    ids.sort(state.sort === 'new' ? (a, b) => b - a : (a, b) => {
      return matches.get(b).score - matches.get(a).score || b - a;
    });
    var total = complete ? ids.length : lists[0][0].df;
    return { ids: ids, total: total, complete: complete, sections: sections, years: years };
  }
  function yearOf(r, id) {
    var y = r.years[0][0];
    for (var k = 0; k < r.years.length && r.years[k][1] <= id; k++) y = r.years[k][0];
    return y;
  }
  // AND across groups, OR within a group; scores are BM25 sums (idf times the stored weight).
  function intersect(groups) {
    var result = null;
    groups.forEach(group => {
      var map = new Map();
      group.forEach(p => {
        if (p.map) { p.map.forEach((v, id) => { map.set(id, v); }); return; }
        var idf = p.filter ? 0 : Math.log(1 + (totalDocs - p.df + 0.5) / (p.df + 0.5)) * (p.factor || 1);
        for (var i = 0; i < p.ids.length; i++) {
          var s = idf * p.w[i] / 255 * 2.2, old = map.get(p.ids[i]);
          if (!old || old.score < s) map.set(p.ids[i], { score: s, sec: p.sec[i] });
        }
      });
      if (!result) { result = map; return; }
      var next = new Map();
      result.forEach((v, id) => { var o = map.get(id); if (o) next.set(id, { score: v.score + o.score, sec: v.sec }); });
      result = next;
    });
    return result || new Map();
  }
  var totalDocs = 1;

  // Documents (url, title, date, section code, authors, tags, excerpt) in chunks of stride s:
  // line k follows the first line end from byte k*s-1 and ends before (k+2)*s-1.
  async function documents(ids) {
    var r = await info(), out = {}, want = {};
    ids.forEach(id => { var c = Math.floor(id / r.chunk); (want[c] = want[c] || []).push(id % r.chunk); });
    await Promise.all(Object.keys(want).map(c => {
      var ks = want[c].sort((a, b) => a - b), s = r.stride[c], runs = [];
      for (var i = 0, j; i < ks.length; i = j + 1) {
        for (j = i; j + 1 < ks.length && ks[j + 1] - ks[j] < 5;) j++;
        runs.push([ks[i], ks[j]]);
      }
      return Promise.all(runs.map(async ([a, b]) => {
        var lines = utf8.decode(await range('d/' + c + '.txt', r.docHash, Math.max(0, a * s - 1), (b + 2) * s - 1)).split('\n');
        if (a) lines.shift();
        ks.forEach(k => {
          if (k < a || k > b) return;
          var f = lines[k - a].split('\t');
          out[c * r.chunk + k] = { url: f[0], title: f[1], date: f[2], section: r.sections[+f[3] - 1], authors: named(f[4]), tags: named(f[5]), excerpt: f[6].trimEnd() };
        });
      }));
    }));
    return out;
  }

  // Authors and tags: `name`, or `name US slug` when the slug is not the plain one.
  function named(field) {
    return field ? field.split('|').map(t => {
      var f = t.split('\u001f');
      return [f[0], f[1] || fold(f[0]).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')];
    }) : [];
  }

  // Rendering, with the query's words marked.
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var k in attrs || {}) node.setAttribute(k, attrs[k]);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function marked(node, text, marks) {
    var at = 0, m;
    WORDS.lastIndex = 0;
    while ((m = WORDS.exec(text))) {
      var f = fold(m[0]);
      if (marks.some(t => f === t || (t.length > 2 && f.startsWith(t)))) {
        node.append(text.slice(at, m.index), el('mark', {}, m[0]));
        at = m.index + m[0].length;
      }
    }
    node.append(text.slice(at));
    return node;
  }
  function stateFromURL() {
    var p = new URLSearchParams(location.search), s = {};
    KEYS.forEach(k => { s[k] = p.get(k) || ''; });
    return s;
  }
  function urlOf(s) {
    var p = new URLSearchParams();
    KEYS.forEach(k => { if (s[k]) p.set(k, s[k]); });
    return '?' + p.toString();
  }

  async function show(state, push) {
    var mine = ++run;
    if (push !== undefined) history[push ? 'pushState' : 'replaceState'](null, '', urlOf(state));
    input.value = state.q;
    sortBox.value = state.sort;
    if (!state.q.trim()) { list.replaceChildren(); facetBox.replaceChildren(); status.textContent = ''; tools.hidden = true; more.hidden = true; return; }
    status.textContent = 'Searching…';
    var r = await info();
    totalDocs = r.docs;
    var found = await search(state);
    if (mine !== run) return;
    if (found && !found.complete && found.ids.length < shown && !state.all) { state.all = true; found = await search(state); }
    if (mine !== run) return;
    last = { state: state, found: found };
    var ids = found ? found.ids.slice(0, shown) : [];
    var docs = await documents(ids);
    if (mine !== run) return;
    var marks = parse(state.q).reduce((all, g) => all.concat(g.word ? [g.word] : g.phrase), []);
    var items = ids.map(id => {
      var d = docs[id], li = el('li', { class: 'item' }), meta = el('p', { class: 'meta' });
      if (d.section) meta.append(el('a', { class: 'kicker', href: root + 'section/' + d.section[1] + '/' }, d.section[0]), ' ');
      var day = dates.format(new Date(d.date + 'T12:00:00Z'));
      meta.append(el('time', { datetime: d.date }, day));
      var h = el('h2'), a = marked(el('a', { href: root + d.url }), d.title, marks);
      h.append(a);
      li.append(meta, h, marked(el('p', { class: 'summary' }), d.excerpt, marks));
      if (d.authors.length) li.append(el('p', { class: 'by' }, 'By ' + d.authors.map(a => a[0]).join(', ')));
      li.authors = d.authors; li.tags = d.tags;
      return li;
    });
    list.replaceChildren.apply(list, items);
    var total = found ? found.total : 0;
    status.textContent = total ? total + (total === 1 ? ' result' : ' results') + ' for “' + state.q + '”' +
      (total > ids.length ? ', showing ' + ids.length : '') : 'No results for “' + state.q + '”';
    tools.hidden = !total;
    more.hidden = !(found && (ids.length < total || !found.complete));
    facets(state, found, items, r);
  }

  function facets(state, found, items, r) {
    facetBox.replaceChildren();
    if (!found) return;
    function group(title, key, entries) {
      if (!entries.length && !state[key]) return;
      var box = el('div', { class: 'facet' }), ul = el('ul');
      box.append(el('h2', {}, title));
      if (state[key]) ul.append(link({ ...state, [key]: '' }, 'All', '', false));
      entries.forEach(e => ul.append(link({ ...state, [key]: e[0] }, e[1], e[2], state[key] === e[0])));
      box.append(ul);
      facetBox.append(box);
    }
    function link(next, label, count, current) {
      var li = el('li'), a = el('a', { href: urlOf(next) }, label);
      if (current) a.setAttribute('aria-current', 'true');
      a.addEventListener('click', event => { event.preventDefault(); shown = PAGE; show(next, true); });
      li.append(a);
      if (count !== '') li.append(' ', el('span', {}, String(count)));
      return li;
    }
    var names = {}; r.sections.forEach(s => { names[s[1]] = s[0]; });
    group('Section', 'section', Object.keys(found.sections || {}).sort((a, b) => found.sections[b] - found.sections[a])
      .map(k => [k, names[k], found.sections[k]]));
    group('Year', 'year', Object.keys(found.years || {}).sort().reverse().map(k => [k, k, found.years[k]]));
    function shownCounts(field) {
      var c = {}, names = {};
      items.forEach(li => { li[field].forEach(n => { c[n[1]] = (c[n[1]] || 0) + 1; names[n[1]] = n[0]; }); });
      return Object.keys(c).sort((a, b) => c[b] - c[a] || (a < b ? -1 : 1)).slice(0, 8)
        .map(k => [k, names[k], c[k]]);
    }
    group('Author (on this page)', 'author', shownCounts('authors'));
    group('Topic (on this page)', 'tag', shownCounts('tags'));
    if (!found.complete) facetBox.append(el('p', { class: 'hint' }, 'Counts of the first ' + r.block + ' matches read; “More results” reads them all.'));
  }

  function schedule(push) {
    clearTimeout(timer);
    var state = Object.assign(stateFromURL(), { q: input.value, sort: sortBox.value, typing: !push });
    timer = setTimeout(() => { shown = PAGE; show(state, push); }, push ? 0 : 40);
  }
  form.addEventListener('submit', event => { event.preventDefault(); schedule(true); });
  input.addEventListener('input', () => {
    var g = parse(input.value).pop();  // read the word's dictionary line and entry while the query waits
    if (g && g.word && g.word.length > 2) words(g.word).then(ws => Promise.all(ws.map(entryOf))).catch(() => {});
    schedule(false);
  });
  sortBox.addEventListener('change', () => { schedule(true); });
  more.addEventListener('click', () => {
    if (!last) return;
    shown += PAGE;
    var state = Object.assign({}, last.state, { all: true });
    show(state).then(() => {
      var items = list.querySelectorAll('li.item h2 a');
      if (items[shown - PAGE]) items[shown - PAGE].focus();
    });
  });
  window.addEventListener('popstate', () => { shown = PAGE; show(stateFromURL()); });
  // The root, read while the first query is typed.
  info().catch(() => {});
  show(stateFromURL()).catch(error => { status.textContent = 'Search is unavailable: ' + error.message; });
})();
