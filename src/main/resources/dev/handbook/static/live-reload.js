// Live preview only: reloads the page when the preview server says the site was rebuilt.
(function () {
  'use strict';
  if (!window.EventSource) {
    return;
  }
  var root = document.body.getAttribute('data-root') || '';
  if (!/^(\.\.\/)*$/.test(root)) {
    root = '';
  }
  var events = new EventSource(root + '__handbook/events');
  events.addEventListener('reload', function () {
    window.location.reload();
  });
}());
