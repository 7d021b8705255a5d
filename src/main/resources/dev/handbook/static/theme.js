// Colour scheme: the reader's choice (auto, light, dark) kept in localStorage and set on <html>
// before the page is drawn; without script, prefers-color-scheme alone decides. Also opens the
// folded menu and sidebar on wide screens in browsers whose CSS cannot (no ::details-content).
(function () {
  'use strict';
  var KEY = 'handbook-theme';
  var ORDER = ['auto', 'light', 'dark'];
  var root = document.documentElement;

  function stored() {
    try { return localStorage.getItem(KEY) || 'auto'; } catch (e) { return 'auto'; }
  }

  function apply(theme) {
    if (theme === 'light' || theme === 'dark') { root.setAttribute('data-theme', theme); } else { root.removeAttribute('data-theme'); }
  }

  function save(theme) {
    try { localStorage.setItem(KEY, theme); } catch (e) { /* private mode: the choice lasts for this page */ }
  }

  apply(stored());

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('.theme-toggle');
    if (button) {
      var show = function (theme) { button.textContent = 'Theme: ' + theme; };
      show(stored());
      button.hidden = false;
      button.addEventListener('click', function () {
        var next = ORDER[(ORDER.indexOf(stored()) + 1) % ORDER.length];
        save(next);
        apply(next);
        show(next);
      });
    }
    var cssOpensFolds = window.CSS && CSS.supports && CSS.supports('selector(::details-content)');
    if (!cssOpensFolds && window.matchMedia && window.matchMedia('(min-width: 48.01rem)').matches) {
      document.querySelectorAll('details.fold').forEach(function (fold) { fold.open = true; });
    }
  });
}());
