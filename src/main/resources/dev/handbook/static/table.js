/*
 * Handbook product table: filters and sortable columns, as progressive enhancement.
 * Plain ES2017, no modules, no build step; runs under "script-src 'self'" (no eval, no inline
 * code, no innerHTML): without it the table is simply a full, static table.
 *
 * Contract with the templates:
 *   <table class="products" data-filterable data-levels="idea prototype loop steady">
 *     data-levels: the maturity levels in order, separated by spaces (default: the four above)
 *   <th data-sort="text"> or <th data-sort="level">: a sortable column (level: by data-levels)
 *   <tbody><tr data-maturity="loop" data-owner="Sensor Team" data-alignment="direct"
 *              data-tags="hardware,sensors">
 *     data-tags: COMMA-separated (a tag may contain spaces); blanks around each tag are ignored
 *   <td data-sort-value="...">: optional; what the column sorts by instead of the cell's text
 * A filter bar (a select per attribute that has values, a text box, and "N of M products") is
 * inserted just before the table; rows that do not match get row.hidden = true.
 *
 * The filtering and sorting logic is pure functions on window.HandbookTable, for tests.
 */
(function () {
  'use strict';

  var DEFAULT_LEVELS = ['idea', 'prototype', 'loop', 'steady'];
  /* [filter key, row attribute, label]; "tag" matches one of the row's tags. */
  var FILTERS = [
    ['maturity', 'data-maturity', 'Maturity'],
    ['owner', 'data-owner', 'Owner'],
    ['alignment', 'data-alignment', 'Alignment'],
    ['tag', 'data-tags', 'Tag']
  ];
  var COMBINING_MARKS = /[\u0300-\u036f]/g;
  var COLLATOR = typeof Intl === 'object' && Intl.Collator ?
    new Intl.Collator('en', { numeric: true, sensitivity: 'base' }) : null;

  /* ---------- pure functions ---------- */

  function fold(text) {
    return String(text == null ? '' : text).toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
  }

  function distinct(values) {
    var seen = {};
    return values.filter(function (value) {
      if (value === '' || Object.prototype.hasOwnProperty.call(seen, value)) {
        return false;
      }
      seen[value] = true;
      return true;
    });
  }

  /** "hardware, open source,sensors" -> ["hardware", "open source", "sensors"]. */
  function splitTags(value) {
    return distinct(String(value == null ? '' : value).split(',').map(function (tag) {
      return tag.trim();
    }));
  }

  /** "idea prototype loop steady" -> the levels in order; the four defaults when empty. */
  function splitLevels(value) {
    var levels = distinct(String(value == null ? '' : value).trim().split(/\s+/));
    return levels.length ? levels : DEFAULT_LEVELS.slice();
  }

  /** What filtering needs to know about a row: its attributes and its folded text. */
  function rowRecord(attributes, text) {
    var tags = splitTags(attributes.tags);
    return {
      maturity: String(attributes.maturity || '').trim(),
      owner: String(attributes.owner || '').trim(),
      alignment: String(attributes.alignment || '').trim(),
      tags: tags,
      text: fold([text, attributes.maturity, attributes.owner, attributes.alignment, tags.join(' ')].join(' '))
    };
  }

  function compareText(a, b) {
    if (COLLATOR) {
      return COLLATOR.compare(a, b);
    }
    var fa = fold(a);
    var fb = fold(b);
    return fa < fb ? -1 : fa > fb ? 1 : 0;
  }

  /** Known levels in their order, then unknown values alphabetically. */
  function compareLevels(levels) {
    return function (a, b) {
      var ra = levels.indexOf(a);
      var rb = levels.indexOf(b);
      ra = ra < 0 ? levels.length : ra;
      rb = rb < 0 ? levels.length : rb;
      return ra - rb || compareText(a, b);
    };
  }

  /** The options of a filter: distinct values of the rows, levels in order, the rest alphabetical. */
  function optionValues(records, key, levels) {
    var values = [];
    records.forEach(function (record) {
      values = values.concat(key === 'tag' ? record.tags : [record[key]]);
    });
    return distinct(values).sort(key === 'maturity' ? compareLevels(levels) : compareText);
  }

  /**
   * Whether a row matches a filter {maturity, owner, alignment, tag, text}; an empty value
   * matches anything, and the text matches when every word of it occurs in the row.
   */
  function rowMatches(record, filter) {
    if (filter.maturity && record.maturity !== filter.maturity) { return false; }
    if (filter.owner && record.owner !== filter.owner) { return false; }
    if (filter.alignment && record.alignment !== filter.alignment) { return false; }
    if (filter.tag && record.tags.indexOf(filter.tag) < 0) { return false; }
    return fold(filter.text).split(/\s+/).every(function (word) {
      return word === '' || record.text.indexOf(word) >= 0;
    });
  }

  /**
   * The new order of rows, as indices into `values` (the sort values in current row order).
   * type "text" or "level"; direction "ascending" or "descending". Stable: equal values keep
   * their current order in both directions. Empty values always go last.
   */
  function sortOrder(values, type, direction, levels) {
    var compare = type === 'level' ? compareLevels(levels || DEFAULT_LEVELS) : compareText;
    var sign = direction === 'descending' ? -1 : 1;
    var indices = values.map(function (value, index) { return index; });
    return indices.sort(function (i, j) {
      var a = String(values[i]);
      var b = String(values[j]);
      if ((a === '') !== (b === '')) {
        return a === '' ? 1 : -1;
      }
      return sign * compare(a, b) || i - j;
    });
  }

  /** The next aria-sort of a header: ascending first, then it alternates. */
  function nextDirection(current) {
    return current === 'ascending' ? 'descending' : 'ascending';
  }

  function countLabel(shown, total) {
    return shown + ' of ' + total + ' products';
  }

  /* ---------- DOM wiring ---------- */

  function childrenByTag(node, tag) {
    var children = node.children || [];
    var found = [];
    for (var i = 0; i < children.length; i++) {
      if (children[i].tagName === tag) {
        found.push(children[i]);
      }
    }
    return found;
  }

  function cells(row) {
    return Array.prototype.filter.call(row.children || [], function (child) {
      return child.tagName === 'TD' || child.tagName === 'TH';
    });
  }

  function sortValue(cell) {
    if (!cell) {
      return '';
    }
    return cell.hasAttribute('data-sort-value') ? cell.getAttribute('data-sort-value') : cell.textContent.trim();
  }

  function recordOf(row) {
    return rowRecord({
      maturity: row.getAttribute('data-maturity'),
      owner: row.getAttribute('data-owner'),
      alignment: row.getAttribute('data-alignment'),
      tags: row.getAttribute('data-tags')
    }, row.textContent);
  }

  function labelled(document, text, control) {
    var label = document.createElement('label');
    label.setAttribute('class', 'table-filter');
    label.appendChild(document.createTextNode(text + ' '));
    label.appendChild(control);
    return label;
  }

  function selectFor(document, key, values) {
    var select = document.createElement('select');
    select.setAttribute('data-filter', key);
    [''].concat(values).forEach(function (value) {
      var option = document.createElement('option');
      option.value = value;
      option.textContent = value === '' ? 'All' : value;
      select.appendChild(option);
    });
    return select;
  }

  function buildFilterBar(document, state) {
    var bar = document.createElement('div');
    bar.setAttribute('class', 'table-filters');
    bar.setAttribute('role', 'group');
    bar.setAttribute('aria-label', 'Filter products');
    state.controls = {};
    FILTERS.forEach(function (filter) {
      var values = optionValues(state.records(), filter[0], state.levels);
      if (values.length > 0) {
        var select = selectFor(document, filter[0], values);
        state.controls[filter[0]] = select;
        bar.appendChild(labelled(document, filter[2], select));
      }
    });
    var text = document.createElement('input');
    text.setAttribute('type', 'search');
    text.setAttribute('data-filter', 'text');
    text.setAttribute('placeholder', 'Filter by text');
    state.controls.text = text;
    bar.appendChild(labelled(document, 'Text', text));
    state.count = document.createElement('p');
    state.count.setAttribute('class', 'table-count');
    state.count.setAttribute('role', 'status');
    state.count.setAttribute('aria-live', 'polite');
    bar.appendChild(state.count);
    return bar;
  }

  function applyFilter(state) {
    var filter = {};
    Object.keys(state.controls).forEach(function (key) {
      filter[key] = state.controls[key].value;
    });
    var shown = 0;
    state.items.forEach(function (item) {
      item.row.hidden = !rowMatches(item.record, filter);
      shown += item.row.hidden ? 0 : 1;
    });
    state.count.textContent = countLabel(shown, state.items.length);
  }

  function columnOf(th) {
    return cells(th.parentNode).indexOf(th);
  }

  function sortBy(state, th) {
    var direction = nextDirection(th.getAttribute('aria-sort'));
    var column = columnOf(th);
    var values = state.items.map(function (item) { return sortValue(cells(item.row)[column]); });
    var order = sortOrder(values, th.getAttribute('data-sort'), direction, state.levels);
    state.items = order.map(function (index) { return state.items[index]; });
    state.items.forEach(function (item) { state.tbody.appendChild(item.row); });
    state.headers.forEach(function (header) {
      if (header !== th) {
        header.removeAttribute('aria-sort');
      }
    });
    th.setAttribute('aria-sort', direction);
  }

  function makeSortable(state, th) {
    if (!th.hasAttribute('tabindex')) {
      th.setAttribute('tabindex', '0');
    }
    th.setAttribute('class', ((th.getAttribute('class') || '') + ' sortable').trim());
    th.addEventListener('click', function () { sortBy(state, th); });
    th.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
        event.preventDefault();
        sortBy(state, th);
      }
    });
  }

  /** Adds the filter bar and sortable headers to one table; a second call does nothing. */
  function enhance(document, table) {
    var tbody = childrenByTag(table, 'TBODY')[0];
    if (!tbody || table.hasAttribute('data-enhanced') || !table.parentNode) {
      return null;
    }
    table.setAttribute('data-enhanced', '');
    var state = {
      tbody: tbody,
      levels: splitLevels(table.getAttribute('data-levels')),
      items: childrenByTag(tbody, 'TR').map(function (row) { return { row: row, record: recordOf(row) }; }),
      headers: Array.prototype.slice.call(table.querySelectorAll('th[data-sort]'))
    };
    state.records = function () { return state.items.map(function (item) { return item.record; }); };
    table.parentNode.insertBefore(buildFilterBar(document, state), table);
    Object.keys(state.controls).forEach(function (key) {
      state.controls[key].addEventListener(key === 'text' ? 'input' : 'change', function () { applyFilter(state); });
    });
    state.headers.forEach(function (th) { makeSortable(state, th); });
    applyFilter(state);
    return state;
  }

  function wire(window) {
    var document = window.document;
    var tables = document.querySelectorAll('table.products[data-filterable]');
    for (var i = 0; i < tables.length; i++) {
      enhance(document, tables[i]);
    }
  }

  window.HandbookTable = {
    fold: fold,
    splitTags: splitTags,
    splitLevels: splitLevels,
    rowRecord: rowRecord,
    optionValues: optionValues,
    rowMatches: rowMatches,
    sortOrder: sortOrder,
    nextDirection: nextDirection,
    countLabel: countLabel,
    enhance: enhance,
    wire: wire
  };

  if (window.document) {
    if (window.document.readyState === 'loading') {
      window.document.addEventListener('DOMContentLoaded', function () { wire(window); });
    } else {
      wire(window);
    }
  }
})();
