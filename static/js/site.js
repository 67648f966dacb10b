/* Progressive enhancement only: the site works without this file.
   - On wide screens the <details> menu is shown open as a horizontal navigation.
   - Escape closes the open mobile menu and returns focus to its toggle. */
(function () {
  "use strict";
  var menu = document.querySelector("[data-menu]");
  if (!menu || !window.matchMedia) { return; }
  var wide = window.matchMedia("(min-width: 64em)");
  var summary = menu.querySelector("summary");

  function sync() { menu.open = wide.matches; }
  sync();
  if (wide.addEventListener) { wide.addEventListener("change", sync); } else if (wide.addListener) { wide.addListener(sync); }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || wide.matches || !menu.open) { return; }
    menu.open = false;
    if (summary) { summary.focus(); }
  });
})();
