/*
 * Handbook site search. Plain ES2017, no modules, no build step; runs under
 * "script-src 'self'" (no eval, no inline code, no innerHTML with data).
 *
 * Contract with the templates:
 *   <body data-root="../">                    relative path to the site root ("" at top level)
 *   <form class="search" role="search">       in the header, holding one <input type="search">
 *   <div id="search-results">                 only on search.html: results are rendered here
 * On a page without #search-results, submitting the form goes to ROOT + "search.html?q=...".
 * On search.html the query comes from ?q= and results follow what is typed; on other pages typing
 * in the header's box shows the first few results under it (Escape closes them). The index is
 * window.HANDBOOK_SEARCH, loaded from ROOT + "assets/search-index.js" by inserting a <script src>
 * unless the page already has it.
 *
 * The matching and ranking are pure functions on window.HandbookSearch, for tests.
 */
(function () {
  'use strict';

  var MAX_RESULTS = 50;
  var MAX_SUGGESTIONS = 8;
  var SNIPPET_WIDTH = 160;
  var INDEX_FILE = 'assets/search-index.js';
  /* Field weights: a word in the title counts most; a product's level and characteristics count too. */
  var FIELDS = [['title', 10], ['level', 8], ['tags', 6], ['mission', 4], ['headings', 3], ['facts', 2], ['text', 1]];
  var EXACT_TITLE_BONUS = 100;
  /* Whitespace, ASCII punctuation, and common typographic dashes, quotes and ellipsis. */
  var SEPARATORS = /[\s!-\/:-@\[-`{-~\u2010-\u2015\u2018-\u201f\u2026]+/;
  var SEPARATOR = new RegExp('^' + SEPARATORS.source + '$');
  var COMBINING_MARKS = /[\u0300-\u036f]/g;

  /* ---------- pure functions ---------- */

  /** Lower case, accents removed: "Élan" and "elan" fold to the same text. */
  function fold(text) {
    return String(text == null ? '' : text).toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
  }

  /** The distinct folded words of a query, in order. */
  function terms(query) {
    var seen = {};
    return fold(query).split(SEPARATORS).filter(function (term) {
      if (term === '' || Object.prototype.hasOwnProperty.call(seen, term)) {
        return false;
      }
      seen[term] = true;
      return true;
    });
  }

  function listText(list) {
    return Array.isArray(list) ? list.join('\n') : '';
  }

  /** Folds each entry once, so a query scans prepared text only: {docs: [...]} for search(). */
  function prepare(entries) {
    return { docs: (entries || []).map(function (entry, index) {
      return {
        entry: entry,
        index: index,
        title: fold(entry.title),
        tags: fold(listText(entry.tags)),
        mission: fold(entry.mission),
        headings: fold(listText(entry.headings)),
        level: fold(entry.level),
        facts: fold(listText(entry.facts)),
        text: fold(entry.text)
      };
    }) };
  }

  function isSeparator(ch) {
    return ch === undefined || ch === '' || SEPARATOR.test(ch);
  }

  /** 3 for a whole word, 2 for the start of a word, 1 inside a word, 0 when absent. */
  function matchStrength(haystack, term) {
    var best = 0;
    var at = haystack.indexOf(term);
    while (at >= 0 && best < 3) {
      if (isSeparator(haystack.charAt(at - 1))) {
        best = Math.max(best, isSeparator(haystack.charAt(at + term.length)) ? 3 : 2);
      } else {
        best = Math.max(best, 1);
      }
      at = haystack.indexOf(term, at + 1);
    }
    return best;
  }

  /** The score of a prepared entry for the given terms; 0 unless every term matches somewhere. */
  function score(doc, queryTerms) {
    var total = 0;
    for (var t = 0; t < queryTerms.length; t++) {
      var termScore = 0;
      for (var f = 0; f < FIELDS.length; f++) {
        termScore += FIELDS[f][1] * matchStrength(doc[FIELDS[f][0]], queryTerms[t]);
      }
      if (termScore === 0) {
        return 0;
      }
      total += termScore;
    }
    if (queryTerms.length > 0 && terms(doc.title).join(' ') === queryTerms.join(' ')) {
      total += EXACT_TITLE_BONUS;
    }
    return total;
  }

  /**
   * Every entry matching all words of the query, best first, as {entry, score, index};
   * equal scores keep index order. `index` is the raw entries or the result of prepare().
   */
  function search(index, query) {
    var docs = index && Array.isArray(index.docs) ? index.docs : prepare(index).docs;
    var queryTerms = terms(query);
    if (queryTerms.length === 0) {
      return [];
    }
    var hits = [];
    docs.forEach(function (doc) {
      var s = score(doc, queryTerms);
      if (s > 0) {
        hits.push({ entry: doc.entry, score: s, index: doc.index });
      }
    });
    hits.sort(function (a, b) {
      return b.score - a.score || a.index - b.index;
    });
    return hits;
  }

  /** Folded text plus, for each of its characters, the offset of the original character. */
  function foldWithOffsets(text) {
    var folded = '';
    var offsets = [];
    var at = 0;
    for (var ch of text) {
      var f = fold(ch);
      for (var i = 0; i < f.length; i++) {
        offsets.push(at);
      }
      folded += f;
      at += ch.length;
    }
    offsets.push(at);
    return { folded: folded, offsets: offsets };
  }

  /** Ranges [start, end) of the original text where a term occurs, sorted and merged. */
  function matchRanges(text, queryTerms) {
    var mapped = foldWithOffsets(text);
    var ranges = [];
    queryTerms.forEach(function (term) {
      var at = mapped.folded.indexOf(term);
      while (at >= 0) {
        ranges.push([mapped.offsets[at], mapped.offsets[at + term.length]]);
        at = mapped.folded.indexOf(term, at + term.length);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.push([r[0], r[1]]);
      }
    });
    return merged;
  }

  /** A window of about `width` characters around the first match, on word boundaries. */
  function snippetWindow(text, firstMatch, width) {
    var start = Math.max(0, firstMatch - Math.floor(width / 3));
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < firstMatch ? space + 1 : start;
    }
    var end = Math.min(text.length, start + width);
    if (end < text.length) {
      var back = text.lastIndexOf(' ', end);
      end = back > start + width / 2 ? back : end;
    }
    return [start, end];
  }

  /**
   * A snippet of `text` around the first match of the terms, as segments
   * [{text: '...', match: false}, {text: 'tide', match: true}, ...], for rendering as text nodes.
   */
  function snippet(text, queryTerms, width) {
    text = String(text == null ? '' : text);
    width = width || SNIPPET_WIDTH;
    var ranges = matchRanges(text, queryTerms);
    var win = snippetWindow(text, ranges.length ? ranges[0][0] : 0, width);
    var segments = [];
    var at = win[0];
    function plain(upTo) {
      if (upTo > at) {
        segments.push({ text: text.slice(at, upTo), match: false });
        at = upTo;
      }
    }
    if (win[0] > 0) {
      segments.push({ text: '\u2026 ', match: false });
    }
    ranges.forEach(function (r) {
      var from = Math.max(r[0], at);
      var to = Math.min(r[1], win[1]);
      if (from < to) {
        plain(from);
        segments.push({ text: text.slice(from, to), match: true });
        at = to;
      }
    });
    plain(win[1]);
    if (win[1] < text.length) {
      segments.push({ text: ' \u2026', match: false });
    }
    return segments;
  }

  /**
   * The snippet of an entry: from the first of its text, mission and characteristics ("owner: ...")
   * where a term occurs; from its text (or mission) when none holds one.
   */
  function snippetFor(entry, queryTerms) {
    var text = String(entry.text || '');
    var mission = String(entry.mission || '');
    var sources = [text, mission].concat(Array.isArray(entry.facts) ? entry.facts.map(String) : []);
    for (var i = 0; i < sources.length; i++) {
      if (sources[i] && matchRanges(sources[i], queryTerms).length > 0) {
        return snippet(sources[i], queryTerms, SNIPPET_WIDTH);
      }
    }
    return snippet(text || mission, queryTerms, SNIPPET_WIDTH);
  }

  /**
   * The root from data-root, accepted only as a run of "../" or, on the 404 page (served at any
   * depth), as a path from the server's root such as "/" or "/handbook/" (never "//host/").
   */
  function safeRoot(root) {
    return typeof root === 'string' && (/^(\.\.\/)*$/.test(root) || /^\/([A-Za-z0-9._~%-]+\/)*$/.test(root)) ? root : '';
  }

  /** A site-root-relative page address, or null for anything that could leave the site. */
  function safeUrl(url) {
    if (typeof url !== 'string' || url === '' || /^[a-z][a-z0-9+.\-]*:/i.test(url) ||
        url.charAt(0) === '/' || url.indexOf('\\') >= 0) {
      return null;
    }
    return url;
  }

  /** The href of the search page for a query, from any page. */
  function searchPageUrl(root, query) {
    return safeRoot(root) + 'search.html' + (query ? '?q=' + encodeURIComponent(query) : '');
  }

  /* ---------- DOM wiring ---------- */

  function el(document, tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.setAttribute('class', className);
    }
    if (text != null) {
      node.textContent = text;
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function renderResult(document, root, hit, queryTerms) {
    var entry = hit.entry;
    var item = el(document, 'li', 'search-result search-result-' + (entry.kind === 'product' ? 'product' : 'guide'));
    var url = safeUrl(entry.url);
    var title = url === null ? el(document, 'span', 'search-title') : el(document, 'a', 'search-title');
    title.textContent = String(entry.title || entry.url || '');
    if (url !== null) {
      title.setAttribute('href', root + url);
    }
    item.appendChild(title);
    item.appendChild(document.createTextNode(' '));
    var kind = String(entry.kind || '') + (entry.level ? ', ' + String(entry.level) : '');
    item.appendChild(el(document, 'span', 'search-kind', kind));
    var snip = el(document, 'p', 'search-snippet');
    snippetFor(entry, queryTerms).forEach(function (segment) {
      snip.appendChild(segment.match ? el(document, 'mark', null, segment.text) : document.createTextNode(segment.text));
    });
    item.appendChild(snip);
    return item;
  }

  function summary(shown, total, query) {
    if (total === 0) {
      return 'No results for \u201c' + query + '\u201d.';
    }
    var found = total + (total === 1 ? ' result' : ' results') + ' for \u201c' + query + '\u201d';
    return shown < total ? found + ', showing the first ' + shown + '.' : found + '.';
  }

  /** Renders the results of a query into the container, replacing what was there. */
  function render(document, container, root, index, query) {
    clear(container);
    var queryTerms = terms(query);
    if (queryTerms.length === 0) {
      container.appendChild(el(document, 'p', 'search-summary', 'Type one or more words to search the handbook.'));
      return;
    }
    var hits = search(index, query);
    var shown = hits.slice(0, MAX_RESULTS);
    container.appendChild(el(document, 'p', 'search-summary', summary(shown.length, hits.length, query.trim())));
    if (shown.length > 0) {
      var list = el(document, 'ol', 'search-results-list');
      shown.forEach(function (hit) {
        list.appendChild(renderResult(document, root, hit, queryTerms));
      });
      container.appendChild(list);
    }
  }

  function queryOf(window) {
    var search = window.location && window.location.search;
    if (!search || typeof window.URLSearchParams !== 'function') {
      return '';
    }
    return new window.URLSearchParams(search).get('q') || '';
  }

  /** Calls back with the index, loading assets/search-index.js once if the page lacks it. */
  function withIndex(window, root, callback, failed) {
    if (Array.isArray(window.HANDBOOK_SEARCH)) {
      callback(window.HANDBOOK_SEARCH);
      return;
    }
    var document = window.document;
    var script = document.createElement('script');
    script.setAttribute('src', root + INDEX_FILE);
    script.addEventListener('load', function () {
      if (Array.isArray(window.HANDBOOK_SEARCH)) {
        callback(window.HANDBOOK_SEARCH);
      } else {
        failed();
      }
    });
    script.addEventListener('error', failed);
    (document.head || document.body).appendChild(script);
  }

  function startResultsPage(window, root, inputs, container) {
    var document = window.document;
    var prepared = null;
    var pending = queryOf(window);
    function show(query) {
      pending = query;
      inputs.forEach(function (input) { input.value = query; });
      if (prepared !== null) {
        render(document, container, root, prepared, query);
      }
    }
    inputs.forEach(function (input) { input.value = pending; });
    clear(container);
    container.appendChild(el(document, 'p', 'search-summary', 'Loading the search index\u2026'));
    withIndex(window, root, function (entries) {
      prepared = prepare(entries);
      show(pending);
    }, function () {
      clear(container);
      container.appendChild(el(document, 'p', 'search-summary', 'The search index could not be loaded.'));
    });
    return show;
  }

  function remember(window, query) {
    try {
      if (window.history && typeof window.history.replaceState === 'function') {
        window.history.replaceState(null, '', '?q=' + encodeURIComponent(query));
      }
    } catch (e) {
      /* file:// pages may refuse history changes; the results are shown anyway. */
    }
  }

  /** Renders the first few results of a query under the header's box, with a link to all of them. */
  function renderSuggestions(document, container, root, index, query) {
    clear(container);
    var queryTerms = terms(query);
    if (queryTerms.length === 0) {
      container.hidden = true;
      return;
    }
    var hits = search(index, query);
    var list = el(document, 'ul', 'search-suggestions-list');
    hits.slice(0, MAX_SUGGESTIONS).forEach(function (hit) {
      list.appendChild(renderResult(document, root, hit, queryTerms));
    });
    container.appendChild(el(document, 'p', 'search-summary', summary(Math.min(hits.length, MAX_SUGGESTIONS), hits.length, query.trim())));
    if (hits.length > 0) {
      container.appendChild(list);
    }
    var all = el(document, 'a', 'search-all', 'All results');
    all.setAttribute('href', searchPageUrl(root, query.trim()));
    container.appendChild(all);
    container.hidden = false;
  }

  /** Results under the header's box while typing, on a page other than search.html. */
  function suggestAsYouType(window, root, form, input) {
    var document = window.document;
    var container = el(document, 'div', 'search-suggestions');
    container.setAttribute('id', 'search-suggestions');
    container.setAttribute('aria-live', 'polite');
    container.hidden = true;
    form.appendChild(container);
    var prepared = null;
    var loading = false;
    function update() {
      var query = String(input.value || '');
      if (prepared !== null) {
        renderSuggestions(document, container, root, prepared, query);
      } else if (!loading && terms(query).length > 0) {
        loading = true;
        withIndex(window, root, function (entries) {
          prepared = prepare(entries);
          update();
        }, function () { loading = false; });
      }
    }
    input.addEventListener('input', update);
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        container.hidden = true;
      }
    });
  }

  /** Wires every form.search of the page (the header's, and the search page's own). */
  function wire(window) {
    var document = window.document;
    var forms = Array.prototype.filter.call(document.querySelectorAll('form.search'), function (form) {
      return form.querySelector('input[type="search"]') !== null;
    });
    if (forms.length === 0) {
      return;
    }
    var root = safeRoot(document.body && document.body.getAttribute('data-root'));
    var container = document.getElementById('search-results');
    var inputs = forms.map(function (form) { return form.querySelector('input[type="search"]'); });
    var show = container ? startResultsPage(window, root, inputs, container) : null;
    forms.forEach(function (form, i) {
      if (show) {
        inputs[i].addEventListener('input', function () {
          var query = String(inputs[i].value || '');
          remember(window, query.trim());
          show(query);
        });
      } else {
        suggestAsYouType(window, root, form, inputs[i]);
      }
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var query = String(inputs[i].value || '').trim();
        if (show) {
          remember(window, query);
          show(query);
        } else {
          window.location.href = searchPageUrl(root, query);
        }
      });
    });
  }

  var api = {
    MAX_RESULTS: MAX_RESULTS,
    MAX_SUGGESTIONS: MAX_SUGGESTIONS,
    fold: fold,
    terms: terms,
    prepare: prepare,
    score: score,
    search: search,
    snippet: snippet,
    snippetFor: snippetFor,
    safeRoot: safeRoot,
    safeUrl: safeUrl,
    searchPageUrl: searchPageUrl,
    render: render,
    wire: wire
  };
  window.HandbookSearch = api;

  if (window.document) {
    if (window.document.readyState === 'loading') {
      window.document.addEventListener('DOMContentLoaded', function () { wire(window); });
    } else {
      wire(window);
    }
  }
})();
