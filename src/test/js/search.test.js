'use strict';
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const { Document, builder, fakeWindow, load } = require('./fake-dom.js');

/** The pure functions, loaded into a window without a document. */
const S = load('search.js', fakeWindow()).HandbookSearch;

function entry(title, fields) {
  return Object.assign({ title, url: 'products/' + title.toLowerCase().replace(/\W+/g, '-') + '.html',
    kind: 'product', mission: '', tags: [], headings: [], text: '' }, fields || {});
}

const titles = (hits) => hits.map((hit) => hit.entry.title);

/** A page with the header search form; results container and preloaded index optional. */
function page(options) {
  const opts = options || {};
  const document = new Document();
  const h = builder(document);
  document.body.setAttribute('data-root', opts.root === undefined ? '../' : opts.root);
  const form = h('form', { class: 'search', role: 'search' }, h('input', { type: 'search', name: 'q' }));
  document.body.appendChild(h('header', {}, form));
  let container = null;
  if (opts.pageForm) {
    document.body.appendChild(h('form', { class: 'search search-page', role: 'search' },
      h('input', { id: 'search-page-box', type: 'search', name: 'q' })));
  }
  if (opts.results) {
    container = document.body.appendChild(h('div', { id: 'search-results', 'aria-live': 'polite' }));
  }
  const window = fakeWindow({ document, search: opts.search });
  if (opts.index) {
    window.HANDBOOK_SEARCH = opts.index;
  }
  load('search.js', window);
  return { window, document, form, input: form.querySelector('input'), container };
}

function submit(form) {
  const event = { type: 'submit' };
  form.dispatchEvent(event);
  return event;
}

const INDEX = [
  entry('Tidegauge', { mission: 'Tidegauge measures how high the water is.', tags: ['hardware', 'sensors'],
    headings: ['Installation'], text: 'The gauge sits on the harbour wall and reports every minute.' }),
  entry('Alert Relay', { mission: 'Sends a warning when the water is high.', tags: ['software'],
    text: 'Relays readings from the Tidegauge to phones.' }),
  entry('How we work', { url: 'guides/how-we-work.html', kind: 'guide', text: 'We keep things small. Café on Fridays.' })
];

describe('matching', () => {
  test('folds case and accents', () => {
    assert.equal(S.fold('Élan CAFÉ Ångström'), 'elan cafe angstrom');
    assert.equal(S.fold('İstanbul'), 'istanbul');
    assert.equal(S.fold(null), '');
  });

  test('splits a query into distinct folded words', () => {
    assert.deepEqual(S.terms('  Sea-level, TIDE tide “quoted” '), ['sea', 'level', 'tide', 'quoted']);
    assert.deepEqual(S.terms(' \t '), []);
    assert.deepEqual(S.terms('Ćevapi—Öl'), ['cevapi', 'ol']);
  });

  test('an entry matches only when every word is found somewhere', () => {
    assert.deepEqual(titles(S.search(INDEX, 'tidegauge phones')), ['Alert Relay']);
    assert.deepEqual(titles(S.search(INDEX, 'water')), ['Tidegauge', 'Alert Relay']);
    assert.deepEqual(titles(S.search(INDEX, 'water nowhere')), []);
  });

  test('accents are ignored on both sides', () => {
    assert.deepEqual(titles(S.search(INDEX, 'cafe')), ['How we work']);
    assert.deepEqual(titles(S.search([entry('Cafe menu')], 'CAFÉ')), ['Cafe menu']);
  });

  test('a word in the title outranks tags, mission, headings and text, in that order', () => {
    const index = [
      entry('In text', { text: 'about buoys' }),
      entry('In headings', { headings: ['Buoys'] }),
      entry('In mission', { mission: 'Counts buoys.' }),
      entry('In tags', { tags: ['buoys'] }),
      entry('Buoys')
    ];
    assert.deepEqual(titles(S.search(index, 'buoys')), ['Buoys', 'In tags', 'In mission', 'In headings', 'In text']);
  });

  test('a whole word outranks the start of a word, which outranks the inside of one', () => {
    const index = [entry('Tidegauge'), entry('Gaugeline'), entry('Gauge')];
    assert.deepEqual(titles(S.search(index, 'gauge')), ['Gauge', 'Gaugeline', 'Tidegauge']);
  });

  test('the exact title comes first', () => {
    const index = [entry('Beacon Log', { text: 'beacon beacon' }), entry('Beacon')];
    assert.deepEqual(titles(S.search(index, 'beacon')), ['Beacon', 'Beacon Log']);
  });

  test('equal scores keep the order of the index', () => {
    const index = ['D', 'B', 'C', 'A'].map((name) => entry('Product ' + name, { text: 'same words' }));
    assert.deepEqual(titles(S.search(index, 'same')), ['Product D', 'Product B', 'Product C', 'Product A']);
  });

  test('an empty query finds nothing', () => {
    assert.deepEqual(S.search(INDEX, ''), []);
    assert.deepEqual(S.search(INDEX, ' ,; '), []);
  });

  test('a prepared index gives the same results as the raw one', () => {
    const prepared = S.prepare(INDEX);
    for (const query of ['water', 'tidegauge', 'cafe', 'x']) {
      assert.deepEqual(S.search(prepared, query), S.search(INDEX, query));
    }
  });

  test('entries with missing fields do not break the search', () => {
    assert.deepEqual(titles(S.search([{ title: 'Bare', url: 'b.html' }, {}], 'bare')), ['Bare']);
  });

  test('ten thousand entries are searched quickly', () => {
    const index = [];
    for (let i = 0; i < 10000; i++) {
      index.push(entry('Product ' + i, { mission: 'Measures water ' + i, tags: ['t' + (i % 9)],
        text: 'The gauge on the harbour wall reports the water level every minute. '.repeat(6) }));
    }
    const prepared = S.prepare(index);
    const started = Date.now();
    const hits = S.search(prepared, 'harbour water');
    assert.equal(hits.length, 10000);
    assert.ok(Date.now() - started < 2000, 'took ' + (Date.now() - started) + ' ms');
  });
});

describe('snippets', () => {
  const joined = (segments) => segments.map((s) => (s.match ? '[' + s.text + ']' : s.text)).join('');

  test('mark the matches in the original text, accents and case kept', () => {
    assert.equal(joined(S.snippet('We keep things small. Café on Fridays.', ['cafe', 'fridays'])),
      'We keep things small. [Café] on [Fridays].');
  });

  test('show a window around the first match, cut at words, with ellipses', () => {
    const text = 'alpha '.repeat(60) + 'the tide rises ' + 'omega '.repeat(60);
    const segments = S.snippet(text, ['tide'], 80);
    assert.match(joined(segments), /^… (alpha )+the \[tide\] rises (omega )*omega …$/);
    const plain = segments.map((s) => s.text).join('');
    assert.ok(plain.length <= '… '.length + 80 + ' …'.length, plain);
    assert.ok(plain.length >= 60, plain);
  });

  test('start at the beginning when nothing matches', () => {
    assert.equal(joined(S.snippet('Short text.', ['nothing'])), 'Short text.');
    assert.deepEqual(S.snippet('', ['x']), []);
  });

  test('come from the mission when the text does not match', () => {
    const hit = entry('Relay', { mission: 'Sends a warning.', text: 'Unrelated words.' });
    assert.equal(joined(S.snippetFor(hit, ['warning'])), 'Sends a [warning].');
    assert.equal(joined(S.snippetFor(entry('Empty', { mission: 'Only a mission.' }), ['empty'])), 'Only a mission.');
  });
});

describe('addresses', () => {
  test('only site-relative page addresses become links', () => {
    assert.equal(S.safeUrl('products/tidegauge.html'), 'products/tidegauge.html');
    for (const bad of ['javascript:alert(1)', 'JavaScript:x', 'data:text/html,x', '//evil.example/', '/abs.html',
      'https://example.org/', 'a\\b', '', null, 42]) {
      assert.equal(S.safeUrl(bad), null, String(bad));
    }
  });

  test('the root is a run of ../, nothing, or (the 404 page) a path from the server root', () => {
    assert.equal(S.safeRoot('../../'), '../../');
    assert.equal(S.safeRoot(''), '');
    assert.equal(S.safeRoot('/'), '/');
    assert.equal(S.safeRoot('/handbook/'), '/handbook/');
    for (const bad of ['javascript:', 'https://evil/', '../x/', '//evil/', '/x', '/a//', '/\\evil/', null]) {
      assert.equal(S.safeRoot(bad), '', String(bad));
    }
  });

  test('the search page address carries the encoded query', () => {
    assert.equal(S.searchPageUrl('../', 'tide & gauge/é'), '../search.html?q=tide%20%26%20gauge%2F%C3%A9');
    assert.equal(S.searchPageUrl('', ''), 'search.html');
  });
});

describe('the search page', () => {
  test('shows the results of ?q= as links from the root, with kind and snippet', () => {
    const { container, input } = page({ results: true, search: '?q=water', index: INDEX });
    assert.equal(input.value, 'water');
    assert.equal(container.querySelector('p.search-summary').textContent, '2 results for “water”.');
    const items = container.querySelectorAll('li.search-result');
    assert.deepEqual(items.map((li) => [li.querySelector('a').getAttribute('href'), li.querySelector('a').textContent,
      li.querySelector('span.search-kind').textContent]), [
      ['../products/tidegauge.html', 'Tidegauge', 'product'],
      ['../products/alert-relay.html', 'Alert Relay', 'product']
    ]);
    assert.deepEqual(items[0].querySelectorAll('mark').map((m) => m.textContent), ['water']);
    assert.equal(items[0].querySelector('p.search-snippet').textContent, 'Tidegauge measures how high the water is.');
  });

  test('says so when nothing matches', () => {
    const { container } = page({ results: true, search: '?q=zzz', index: INDEX });
    assert.equal(container.textContent, 'No results for “zzz”.');
    assert.equal(container.querySelector('ol'), null);
  });

  test('asks for words when there is no query', () => {
    const { container } = page({ results: true, search: '', index: INDEX });
    assert.equal(container.textContent, 'Type one or more words to search the handbook.');
  });

  test('renders hostile entries as text, and no link for an address that leaves the site', () => {
    const hostile = entry('<img src=x onerror=alert(1)>', { url: 'javascript:alert(1)', kind: '<b>x</b>',
      text: '<script>alert(2)</script> evil' });
    const { container } = page({ results: true, search: '?q=evil', index: [hostile] });
    const item = container.querySelector('li');
    assert.equal(item.querySelector('a'), null);
    assert.equal(item.querySelector('span.search-title').textContent, '<img src=x onerror=alert(1)>');
    assert.equal(container.querySelectorAll('img').length + container.querySelectorAll('script').length +
      container.querySelectorAll('b').length, 0);
    assert.equal(item.getAttribute('class'), 'search-result search-result-guide');
  });

  test('shows at most 50 results and says how many there were', () => {
    const many = [];
    for (let i = 0; i < 120; i++) {
      many.push(entry('Buoy ' + i));
    }
    const { container } = page({ results: true, search: '?q=buoy', index: many });
    assert.equal(container.querySelectorAll('li').length, 50);
    assert.equal(container.querySelector('p').textContent, '120 results for “buoy”, showing the first 50.');
  });

  test('loads the index by inserting its script, then shows the results', () => {
    const { window, document, container } = page({ results: true, search: '?q=relay' });
    const script = document.head.querySelector('script');
    assert.equal(script.getAttribute('src'), '../assets/search-index.js');
    assert.equal(container.textContent, 'Loading the search index…');
    window.HANDBOOK_SEARCH = INDEX;
    script.dispatchEvent({ type: 'load' });
    assert.equal(container.querySelector('a').textContent, 'Alert Relay');
  });

  test('says so when the index cannot be loaded', () => {
    const { document, container } = page({ results: true, search: '?q=relay' });
    document.head.querySelector('script').dispatchEvent({ type: 'error' });
    assert.equal(container.textContent, 'The search index could not be loaded.');
  });

  test('a new query is searched in place and remembered in the address', () => {
    const { window, form, input, container } = page({ results: true, search: '?q=water', index: INDEX });
    input.value = '  cafe ';
    const event = submit(form);
    assert.equal(event.defaultPrevented, true);
    assert.deepEqual(window.navigations, []);
    assert.deepEqual(window.replaced, ['?q=cafe']);
    assert.equal(container.querySelector('a').textContent, 'How we work');
    assert.equal(container.querySelector('a').getAttribute('href'), '../guides/how-we-work.html');
  });

  test('the search page\'s own form works like the header\'s, and both show the query', () => {
    const { window, document, input, container } = page({ results: true, pageForm: true, search: '?q=water', index: INDEX });
    const own = document.querySelector('form.search-page');
    const ownInput = own.querySelector('input');
    assert.equal(ownInput.value, 'water');
    ownInput.value = 'relay';
    assert.equal(submit(own).defaultPrevented, true);
    assert.equal(container.querySelector('a').textContent, 'Alert Relay');
    assert.equal(input.value, 'relay');
    assert.deepEqual(window.navigations, []);
  });

  test('a query typed before the index arrives is searched once it does', () => {
    const { window, document, form, input, container } = page({ results: true, search: '?q=water' });
    input.value = 'cafe';
    submit(form);
    window.HANDBOOK_SEARCH = INDEX;
    document.head.querySelector('script').dispatchEvent({ type: 'load' });
    assert.equal(container.querySelector('a').textContent, 'How we work');
  });
});

describe('other pages', () => {
  test('submitting goes to the search page with the query', () => {
    const { window, form, input, document } = page({ results: false });
    input.value = ' tide gauge ';
    const event = submit(form);
    assert.equal(event.defaultPrevented, true);
    assert.deepEqual(window.navigations, ['../search.html?q=tide%20gauge']);
    assert.equal(document.head.querySelector('script'), null, 'no index loaded outside the search page');
  });

  test('a top-level page and a hostile root both lead to search.html beside them', () => {
    for (const root of ['', 'javascript:alert(1)//']) {
      const { window, form, input } = page({ results: false, root });
      input.value = 'x';
      submit(form);
      assert.deepEqual(window.navigations, ['search.html?q=x']);
    }
  });

  test('a page without the search form is left alone', () => {
    const document = new Document();
    const window = load('search.js', fakeWindow({ document }));
    assert.equal(typeof window.HandbookSearch.search, 'function');
    assert.equal(document.head.children.length, 0);
  });

  test('waits for DOMContentLoaded while the document is loading', () => {
    const { window, document, form, input } = (() => {
      const document = new Document();
      const h = builder(document);
      document.readyState = 'loading';
      const form = document.body.appendChild(h('form', { class: 'search' }, h('input', { type: 'search' })));
      const window = load('search.js', fakeWindow({ document }));
      return { window, document, form, input: form.querySelector('input') };
    })();
    input.value = 'x';
    submit(form);
    assert.deepEqual(window.navigations, [], 'not wired yet');
    document.dispatchEvent({ type: 'DOMContentLoaded' });
    submit(form);
    assert.deepEqual(window.navigations, ['search.html?q=x']);
  });
});

describe('characteristics and levels', () => {
  const PRODUCTS = [
    entry('Tidegauge', { level: 'steady', mission: 'Measures the water.',
      facts: ['Owner: Sensor Hardware Team', 'Interfaces: Alert Relay (MQTT topic) one reading a minute'] }),
    entry('Alert Relay', { level: 'loop', mission: 'Warns the town.', facts: ['Owner: Town Services'],
      text: 'Reaches a steady state once the sirens are wired.' }),
    entry('Squall Mast', { level: 'steady', mission: 'Measures the wind.', facts: ['Owner: Weather Desk'] }),
    entry('Levels', { kind: 'guide', url: 'guides/levels.html', text: 'Idea, prototype, loop and steady.' })
  ];

  test('a word from an interface finds the product, and so does its start', () => {
    assert.deepEqual(titles(S.search(PRODUCTS, 'mqtt')), ['Tidegauge']);
    assert.deepEqual(titles(S.search(PRODUCTS, 'mq')), ['Tidegauge']);
  });

  test('a level finds every product at that level first', () => {
    assert.deepEqual(titles(S.search(PRODUCTS, 'steady')).slice(0, 2), ['Tidegauge', 'Squall Mast']);
    assert.deepEqual(titles(S.search(PRODUCTS, 'steady')).length, 4);
  });

  test('the owner is searchable and the snippet shows the characteristic that matched', () => {
    const hits = S.search(PRODUCTS, 'weather');
    assert.deepEqual(titles(hits), ['Squall Mast']);
    assert.equal(S.snippetFor(hits[0].entry, S.terms('weather')).map((s) => s.text).join(''), 'Owner: Weather Desk');
  });

  test('a result names its level beside its kind', () => {
    const { container } = page({ results: true, search: '?q=wind', index: PRODUCTS });
    assert.equal(container.querySelector('span.search-kind').textContent, 'product, steady');
  });
});

describe('as you type', () => {
  function type(input, text) {
    input.value = text;
    input.dispatchEvent({ type: 'input' });
  }

  test('the search page shows results for each change, and remembers the query', () => {
    const { window, container, input } = page({ results: true, search: '', index: INDEX });
    type(input, 'rel');
    assert.deepEqual(container.querySelectorAll('a.search-title').map((a) => a.textContent), ['Alert Relay']);
    type(input, 'water');
    assert.equal(container.querySelector('p.search-summary').textContent, '2 results for “water”.');
    assert.deepEqual(window.replaced.slice(-1), ['?q=water']);
  });

  test('other pages show the first results under the header box, with a link to all of them', () => {
    const { form, input, document } = page({ results: false, index: INDEX });
    const box = form.querySelector('div.search-suggestions');
    assert.equal(box.hidden, true);
    type(input, 'tide');
    assert.equal(box.hidden, false);
    assert.deepEqual(box.querySelectorAll('a.search-title').map((a) => a.getAttribute('href')),
      ['../products/tidegauge.html', '../products/alert-relay.html']);
    assert.equal(box.querySelector('a.search-all').getAttribute('href'), '../search.html?q=tide');
    type(input, '');
    assert.equal(box.hidden, true);
    assert.equal(document.head.querySelector('script'), null, 'the index was already on the page');
  });

  test('other pages load the index only once something is typed', () => {
    const { window, form, input, document } = page({ results: false });
    assert.equal(document.head.querySelector('script'), null);
    type(input, 'relay');
    const script = document.head.querySelector('script');
    assert.equal(script.getAttribute('src'), '../assets/search-index.js');
    window.HANDBOOK_SEARCH = INDEX;
    script.dispatchEvent({ type: 'load' });
    assert.deepEqual(form.querySelectorAll('a.search-title').map((a) => a.textContent), ['Alert Relay']);
  });
});
