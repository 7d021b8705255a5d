// Highlights the code blocks that name their language (```js ...), after highlight.min.js has
// loaded; blocks without a language stay as written (no guessing). Loaded only by pages with code.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.hljs) { return; }
    window.hljs.configure({ cssSelector: 'pre code[class*="language-"]', ignoreUnescapedHTML: true });
    window.hljs.highlightAll();
  });
}());
