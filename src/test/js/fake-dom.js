'use strict';
/*
 * The smallest DOM the handbook scripts need, so their tests run on plain Node with no packages:
 * elements and text nodes, attributes, tree edits, textContent, events that bubble, and
 * querySelector(All) for compound selectors (tag, .class, #id, [attr], [attr="value"]) joined
 * by descendant spaces. Also loads a browser script into a fake window.
 */
const fs = require('node:fs');
const path = require('node:path');

const STATIC = path.join(__dirname, '..', '..', 'main', 'resources', 'dev', 'handbook', 'static');

class Node {
  constructor(ownerDocument) {
    this.ownerDocument = ownerDocument;
    this.parentNode = null;
    this.childNodes = [];
  }

  get firstChild() {
    return this.childNodes[0] || null;
  }

  get lastChild() {
    return this.childNodes[this.childNodes.length - 1] || null;
  }

  appendChild(node) {
    return this.insertBefore(node, null);
  }

  insertBefore(node, reference) {
    if (node.parentNode) {
      node.parentNode.removeChild(node);
    }
    const at = reference === null ? this.childNodes.length : this.childNodes.indexOf(reference);
    if (at < 0) {
      throw new Error('reference is not a child');
    }
    this.childNodes.splice(at, 0, node);
    node.parentNode = this;
    return node;
  }

  removeChild(node) {
    const at = this.childNodes.indexOf(node);
    if (at < 0) {
      throw new Error('not a child');
    }
    this.childNodes.splice(at, 1);
    node.parentNode = null;
    return node;
  }
}

class Text extends Node {
  constructor(ownerDocument, data) {
    super(ownerDocument);
    this.nodeType = 3;
    this.data = String(data);
  }

  get textContent() {
    return this.data;
  }
}

class Element extends Node {
  constructor(ownerDocument, tagName) {
    super(ownerDocument);
    this.nodeType = 1;
    this.tagName = tagName.toUpperCase();
    this.attributes = new Map();
    this.listeners = {};
    this.hidden = false;
    this.value = '';
  }

  get children() {
    return this.childNodes.filter((node) => node.nodeType === 1);
  }

  get textContent() {
    return this.childNodes.map((node) => node.textContent).join('');
  }

  set textContent(text) {
    this.childNodes.forEach((node) => { node.parentNode = null; });
    this.childNodes = [];
    if (text !== '' && text != null) {
      this.appendChild(new Text(this.ownerDocument, text));
    }
  }

  get id() {
    return this.getAttribute('id') || '';
  }

  getAttribute(name) {
    return this.attributes.has(name) ? this.attributes.get(name) : null;
  }

  setAttribute(name, value) {
    this.attributes.set(name, String(value));
  }

  hasAttribute(name) {
    return this.attributes.has(name);
  }

  removeAttribute(name) {
    this.attributes.delete(name);
  }

  addEventListener(type, listener) {
    (this.listeners[type] = this.listeners[type] || []).push(listener);
  }

  /** Calls the listeners of the target, then of each ancestor; returns !defaultPrevented. */
  dispatchEvent(event) {
    event.target = event.target || this;
    event.defaultPrevented = false;
    event.preventDefault = () => { event.defaultPrevented = true; };
    for (let node = this; node; node = node.parentNode) {
      (node.listeners && node.listeners[event.type] || []).slice().forEach((listener) => listener.call(node, event));
    }
    return !event.defaultPrevented;
  }

  querySelectorAll(selector) {
    const parts = selector.trim().split(/\s+/).map(parseCompound);
    const found = [];
    walk(this, (element) => {
      if (matchesChain(element, parts)) {
        found.push(element);
      }
    });
    return found;
  }

  querySelector(selector) {
    return this.querySelectorAll(selector)[0] || null;
  }
}

function walk(root, visit) {
  root.children.forEach((child) => {
    visit(child);
    walk(child, visit);
  });
}

function parseCompound(text) {
  const compound = { tag: null, ids: [], classes: [], attributes: [] };
  const token = /([a-zA-Z][\w-]*)|#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:="([^"]*)")?\]/gy;
  let match;
  while (token.lastIndex < text.length && (match = token.exec(text)) !== null) {
    if (match[1]) { compound.tag = match[1].toUpperCase(); }
    if (match[2]) { compound.ids.push(match[2]); }
    if (match[3]) { compound.classes.push(match[3]); }
    if (match[4]) { compound.attributes.push([match[4], match[5]]); }
  }
  if (token.lastIndex !== text.length) {
    throw new Error('fake DOM cannot parse selector ' + text);
  }
  return compound;
}

function matchesCompound(element, compound) {
  const classes = (element.getAttribute('class') || '').split(/\s+/);
  return (!compound.tag || element.tagName === compound.tag) &&
    compound.ids.every((id) => element.id === id) &&
    compound.classes.every((name) => classes.includes(name)) &&
    compound.attributes.every(([name, value]) => element.hasAttribute(name) &&
      (value === undefined || element.getAttribute(name) === value));
}

/** Whether the element matches the last compound and its ancestors the others, in order. */
function matchesChain(element, parts) {
  if (!matchesCompound(element, parts[parts.length - 1])) {
    return false;
  }
  let rest = parts.length - 2;
  for (let node = element.parentNode; rest >= 0 && node; node = node.parentNode) {
    if (node.nodeType === 1 && matchesCompound(node, parts[rest])) {
      rest--;
    }
  }
  return rest < 0;
}

class Document extends Element {
  constructor() {
    super(null, '#document');
    this.ownerDocument = this;
    this.readyState = 'interactive';
    this.documentElement = this.appendChild(this.createElement('html'));
    this.head = this.documentElement.appendChild(this.createElement('head'));
    this.body = this.documentElement.appendChild(this.createElement('body'));
  }

  createElement(tagName) {
    return new Element(this, tagName);
  }

  createTextNode(text) {
    return new Text(this, text);
  }

  getElementById(id) {
    return this.querySelector('#' + id);
  }
}

/** h('tr', {'data-owner': 'Team'}, h('td', {}, 'text'), ...): builds a tree in a document. */
function builder(document) {
  return function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, value));
    children.flat().forEach((child) => {
      element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return element;
  };
}

/**
 * A fake window: document (optional), location with ?search, history, URLSearchParams.
 * Navigations by `location.href = ...` are recorded in window.navigations.
 */
function fakeWindow(options) {
  const opts = options || {};
  const navigations = [];
  const replaced = [];
  let href = opts.href || 'http://localhost/index.html';
  const window = {
    document: opts.document || null,
    navigations,
    replaced,
    URLSearchParams,
    location: {
      search: opts.search || '',
      get href() { return href; },
      set href(value) { href = value; navigations.push(value); }
    },
    history: { replaceState: (state, title, url) => { replaced.push(url); } }
  };
  return window;
}

/** Runs a script from src/main/resources/dev/handbook/static with `window` bound to the fake. */
function load(name, window) {
  const source = fs.readFileSync(path.join(STATIC, name), 'utf8');
  // eslint-disable-next-line no-new-func
  new Function('window', source)(window);
  return window;
}

/** The elements below `root` and their text, one line each, indented by depth. */
function outline(root, depth) {
  const indent = '  '.repeat(depth || 0);
  return root.children.map((child) => {
    const attrs = [...child.attributes].map(([k, v]) => (v === '' ? k : k + '="' + v + '"')).join(' ');
    const own = child.childNodes.filter((n) => n.nodeType === 3).map((n) => n.data).join('');
    const line = indent + '<' + child.tagName.toLowerCase() + (attrs ? ' ' + attrs : '') + '>' + (own ? ' ' + own : '');
    return [line].concat(outline(child, (depth || 0) + 1) ? [outline(child, (depth || 0) + 1)] : []).join('\n');
  }).join('\n');
}

module.exports = { Document, Element, Text, builder, fakeWindow, load, outline, STATIC };
