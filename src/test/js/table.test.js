'use strict';
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const { Document, builder, fakeWindow, load } = require('./fake-dom.js');

/** The pure functions, loaded into a window without a document. */
const T = load('table.js', fakeWindow()).HandbookTable;

const PRODUCTS = [
  { slug: 'tidegauge', title: 'Tidegauge', maturity: 'loop', owner: 'Sensor Team', alignment: 'direct', tags: 'hardware, sensors' },
  { slug: 'ledger', title: 'Ledger', maturity: 'steady', owner: 'Finance', alignment: 'indirect', tags: 'software' },
  { slug: 'relay', title: 'Alert Relay', maturity: 'idea', owner: 'Sensor Team', alignment: 'direct', tags: 'software,open source' },
  { slug: 'kiosk', title: 'Kiosk', maturity: 'prototype', owner: 'Émile Dupont', alignment: 'direct', tags: '' },
  { slug: 'archive', title: 'Archive', maturity: 'loop', owner: 'Finance', alignment: 'indirect', tags: 'software' }
];

/** The home page table as the template renders it, in a document with the script loaded. */
function home(options) {
  const opts = options || {};
  const document = new Document();
  const h = builder(document);
  const rows = (opts.products || PRODUCTS).map((p) => h('tr', {
    'data-slug': p.slug, 'data-maturity': p.maturity, 'data-owner': p.owner, 'data-alignment': p.alignment,
    'data-tags': p.tags
  },
  h('td', { class: 'product-name' }, h('a', { href: 'products/' + p.slug + '.html' }, p.title)),
  h('td', { class: 'maturity' }, h('span', { class: 'badge' }, p.maturity)),
  h('td', { class: 'owner' }, p.owner),
  h('td', { class: 'mission', 'data-sort-value': String(p.title.length) }, 'Mission of ' + p.title)));
  const table = h('table', Object.assign({ class: 'products', 'data-filterable': '',
    'data-levels': 'idea prototype loop steady' }, opts.tableAttributes || {}),
  h('thead', {}, h('tr', {},
    h('th', { scope: 'col', 'data-sort': 'text' }, 'Product'),
    h('th', { scope: 'col', 'data-sort': 'level' }, 'Maturity'),
    h('th', { scope: 'col', 'data-sort': 'text' }, 'Owner'),
    h('th', { scope: 'col', 'data-sort': 'text' }, 'Mission'))),
  h('tbody', {}, rows));
  const section = document.body.appendChild(h('section', { id: 'products' }, h('h2', {}, 'Products'), table));
  const window = load('table.js', fakeWindow({ document }));
  const headers = table.querySelectorAll('th');
  return {
    window, document, table, section,
    bar: section.querySelector('div.table-filters'),
    header: (label) => headers.find((th) => th.textContent === label),
    visible: () => table.querySelectorAll('tbody tr').filter((tr) => !tr.hidden).map((tr) => tr.getAttribute('data-slug')),
    order: () => table.querySelectorAll('tbody tr').map((tr) => tr.getAttribute('data-slug')),
    select: (key) => section.querySelector('select[data-filter="' + key + '"]'),
    count: () => section.querySelector('p.table-count').textContent
  };
}

function change(control, value, type) {
  control.value = value;
  control.dispatchEvent({ type: type || 'change' });
}

function key(th, name) {
  const event = { type: 'keydown', key: name };
  th.dispatchEvent(event);
  return event;
}

describe('filtering logic', () => {
  test('tags are comma-separated, trimmed, distinct, and may hold spaces', () => {
    assert.deepEqual(T.splitTags(' hardware, open source ,,sensors,hardware'), ['hardware', 'open source', 'sensors']);
    assert.deepEqual(T.splitTags(''), []);
    assert.deepEqual(T.splitTags(null), []);
  });

  test('levels are space-separated, the four defaults when absent', () => {
    assert.deepEqual(T.splitLevels(' idea  prototype loop steady retired '), ['idea', 'prototype', 'loop', 'steady', 'retired']);
    assert.deepEqual(T.splitLevels(null), ['idea', 'prototype', 'loop', 'steady']);
  });

  const records = PRODUCTS.map((p) => T.rowRecord(p, p.title + ' mission text'))
    .concat([T.rowRecord({ maturity: 'retired', owner: '', alignment: '' }, 'Old')]);
  const levels = ['idea', 'prototype', 'loop', 'steady'];

  test('options are the distinct values: levels in order, then unknown ones; the rest alphabetical', () => {
    assert.deepEqual(T.optionValues(records, 'maturity', levels), ['idea', 'prototype', 'loop', 'steady', 'retired']);
    assert.deepEqual(T.optionValues(records, 'owner', levels), ['Émile Dupont', 'Finance', 'Sensor Team']);
    assert.deepEqual(T.optionValues(records, 'alignment', levels), ['direct', 'indirect']);
    assert.deepEqual(T.optionValues(records, 'tag', levels), ['hardware', 'open source', 'sensors', 'software']);
  });

  test('a row matches when every non-empty filter does', () => {
    const matching = (filter) => records.filter((r) => T.rowMatches(r, filter)).map((r) => r.text.split(' ')[0]);
    assert.equal(matching({}).length, 6);
    assert.deepEqual(matching({ owner: 'Sensor Team' }), ['tidegauge', 'alert']);
    assert.deepEqual(matching({ owner: 'Sensor Team', maturity: 'idea' }), ['alert']);
    assert.deepEqual(matching({ tag: 'software', alignment: 'indirect' }), ['ledger', 'archive']);
    assert.deepEqual(matching({ tag: 'soft' }), [], 'a tag filter matches whole tags');
    assert.deepEqual(matching({ maturity: '', owner: '', alignment: '', tag: '', text: '  ' }).length, 6);
  });

  test('the text filter needs every word, ignoring case and accents, in the row or its attributes', () => {
    const matching = (text) => records.filter((r) => T.rowMatches(r, { text })).map((r) => r.text.split(' ')[0]);
    assert.deepEqual(matching('EMILE'), ['kiosk']);
    assert.deepEqual(matching('mission relay'), ['alert']);
    assert.deepEqual(matching('open source'), ['alert']);
    assert.deepEqual(matching('relay ledger'), []);
  });

  test('the count names the products shown and all of them', () => {
    assert.equal(T.countLabel(2, 5), '2 of 5 products');
  });
});

describe('sorting logic', () => {
  test('text sorts ignore case and accents, and numbers compare as numbers', () => {
    const values = ['beta', 'Alpha', 'item 10', 'item 2', 'Émile', 'delta'];
    assert.deepEqual(T.sortOrder(values, 'text', 'ascending').map((i) => values[i]),
      ['Alpha', 'beta', 'delta', 'Émile', 'item 2', 'item 10']);
    assert.deepEqual(T.sortOrder(values, 'text', 'descending').map((i) => values[i]),
      ['item 10', 'item 2', 'Émile', 'delta', 'beta', 'Alpha']);
  });

  test('levels sort in their order, unknown levels after the known ones', () => {
    const values = ['steady', 'idea', 'retired', 'loop', 'prototype'];
    assert.deepEqual(T.sortOrder(values, 'level', 'ascending', ['idea', 'prototype', 'loop', 'steady']).map((i) => values[i]),
      ['idea', 'prototype', 'loop', 'steady', 'retired']);
    assert.deepEqual(T.sortOrder(values, 'level', 'descending', ['idea', 'prototype', 'loop', 'steady']).map((i) => values[i]),
      ['retired', 'steady', 'loop', 'prototype', 'idea']);
    assert.deepEqual(T.sortOrder(['b', 'a'], 'level', 'ascending', ['b', 'a']), [0, 1], 'custom levels');
  });

  test('the sort is stable in both directions', () => {
    const values = ['loop', 'idea', 'loop', 'idea', 'loop'];
    assert.deepEqual(T.sortOrder(values, 'level', 'ascending'), [1, 3, 0, 2, 4]);
    assert.deepEqual(T.sortOrder(values, 'level', 'descending'), [0, 2, 4, 1, 3]);
    assert.deepEqual(T.sortOrder(['a', 'A', 'á'], 'text', 'descending'), [0, 1, 2]);
  });

  test('empty values go last in both directions', () => {
    const values = ['', 'b', '', 'a'];
    assert.deepEqual(T.sortOrder(values, 'text', 'ascending'), [3, 1, 0, 2]);
    assert.deepEqual(T.sortOrder(values, 'text', 'descending'), [1, 3, 0, 2]);
    assert.deepEqual(T.sortOrder(['', 'idea'], 'level', 'ascending'), [1, 0]);
  });

  test('a header sorts ascending first, then alternates', () => {
    assert.equal(T.nextDirection(null), 'ascending');
    assert.equal(T.nextDirection('ascending'), 'descending');
    assert.equal(T.nextDirection('descending'), 'ascending');
  });
});

describe('the enhanced table', () => {
  test('gets a filter bar just before it: a select per attribute, a text box and the count', () => {
    const { section, table, bar, select, count } = home();
    assert.equal(section.children.indexOf(bar), section.children.indexOf(table) - 1);
    assert.equal(bar.getAttribute('role'), 'group');
    assert.deepEqual(bar.querySelectorAll('label').map((l) => l.childNodes[0].textContent),
      ['Maturity ', 'Owner ', 'Alignment ', 'Tag ', 'Text ']);
    const options = (k) => select(k).querySelectorAll('option').map((o) => [o.value, o.textContent]);
    assert.deepEqual(options('maturity'), [['', 'All'], ['idea', 'idea'], ['prototype', 'prototype'], ['loop', 'loop'],
      ['steady', 'steady']]);
    assert.deepEqual(options('owner').map((o) => o[0]), ['', 'Émile Dupont', 'Finance', 'Sensor Team']);
    assert.deepEqual(options('tag').map((o) => o[0]), ['', 'hardware', 'open source', 'sensors', 'software']);
    assert.equal(bar.querySelector('input[type="search"][data-filter="text"]').getAttribute('placeholder'), 'Filter by text');
    assert.equal(count(), '5 of 5 products');
    assert.equal(table.hasAttribute('data-enhanced'), true);
  });

  test('hides the rows that do not match and counts the others', () => {
    const { select, visible, count, bar } = home();
    change(select('owner'), 'Sensor Team');
    assert.deepEqual(visible(), ['tidegauge', 'relay']);
    assert.equal(count(), '2 of 5 products');
    change(select('tag'), 'software');
    assert.deepEqual(visible(), ['relay']);
    change(select('owner'), '');
    change(select('tag'), '');
    change(bar.querySelector('input'), 'émile', 'input');
    assert.deepEqual(visible(), ['kiosk']);
    assert.equal(count(), '1 of 5 products');
    change(bar.querySelector('input'), '', 'input');
    assert.equal(count(), '5 of 5 products');
  });

  test('leaves out the select of an attribute no row has', () => {
    const products = PRODUCTS.map((p) => Object.assign({}, p, { tags: ' , ' }));
    const { select } = home({ products });
    assert.equal(select('tag'), null);
    assert.notEqual(select('owner'), null);
  });

  test('sorts by a level column on click, then the other way, marking aria-sort', () => {
    const { header, order } = home();
    const maturity = header('Maturity');
    assert.equal(maturity.getAttribute('tabindex'), '0');
    maturity.dispatchEvent({ type: 'click' });
    assert.deepEqual(order(), ['relay', 'kiosk', 'tidegauge', 'archive', 'ledger']);
    assert.equal(maturity.getAttribute('aria-sort'), 'ascending');
    maturity.dispatchEvent({ type: 'click' });
    assert.deepEqual(order(), ['ledger', 'tidegauge', 'archive', 'kiosk', 'relay']);
    assert.equal(maturity.getAttribute('aria-sort'), 'descending');
  });

  test('sorts by Enter and Space, and only one header carries aria-sort', () => {
    const { header, order } = home();
    const product = header('Product');
    const owner = header('Owner');
    assert.equal(key(product, 'Enter').defaultPrevented, true);
    assert.deepEqual(order(), ['relay', 'archive', 'kiosk', 'ledger', 'tidegauge']);
    assert.equal(key(owner, ' ').defaultPrevented, true);
    assert.equal(owner.getAttribute('aria-sort'), 'ascending');
    assert.equal(product.hasAttribute('aria-sort'), false);
    assert.equal(key(owner, 'Tab').defaultPrevented, false);
    assert.equal(owner.getAttribute('aria-sort'), 'ascending', 'other keys do nothing');
  });

  test('a second sort keeps the first as the order within equal values', () => {
    const { header, order } = home();
    header('Product').dispatchEvent({ type: 'click' });
    header('Owner').dispatchEvent({ type: 'click' });
    assert.deepEqual(order(), ['kiosk', 'archive', 'ledger', 'relay', 'tidegauge']);
  });

  test('sorts by data-sort-value when a cell has one', () => {
    const { header, order } = home();
    header('Mission').dispatchEvent({ type: 'click' });
    assert.deepEqual(order(), ['kiosk', 'ledger', 'archive', 'tidegauge', 'relay']);
  });

  test('filters and sorting work together', () => {
    const { header, select, visible } = home();
    change(select('alignment'), 'direct');
    header('Maturity').dispatchEvent({ type: 'click' });
    assert.deepEqual(visible(), ['relay', 'kiosk', 'tidegauge']);
  });

  test('a header without data-sort is not sortable', () => {
    const { table, order } = home();
    const plain = table.querySelector('thead tr').appendChild(table.ownerDocument.createElement('th'));
    plain.textContent = 'Notes';
    plain.dispatchEvent({ type: 'click' });
    assert.equal(plain.hasAttribute('tabindex'), false);
    assert.deepEqual(order(), PRODUCTS.map((p) => p.slug));
  });

  test('only filterable product tables are enhanced, and only once', () => {
    const { window, document, section } = home();
    const h = builder(document);
    const other = document.body.appendChild(h('div', {}, h('table', { class: 'products' }, h('tbody', {}, h('tr', {})))));
    window.HandbookTable.wire(window);
    assert.equal(section.querySelectorAll('div.table-filters').length, 1);
    assert.equal(other.querySelectorAll('div.table-filters').length, 0);
  });

  test('uses the default levels when the table does not name them', () => {
    const { header, order } = home({ tableAttributes: { 'data-levels': '' } });
    header('Maturity').dispatchEvent({ type: 'click' });
    assert.deepEqual(order(), ['relay', 'kiosk', 'tidegauge', 'archive', 'ledger']);
  });
});
