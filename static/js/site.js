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

/* Search box suggestions: from four letters on, page titles that fit what is typed fill the
   box's <datalist> (the browser shows them; the form works the same without them). */
(function () {
  "use strict";
  if (!window.fetch) { return; }
  var forms = document.querySelectorAll("form[data-suggestions]");
  Array.prototype.forEach.call(forms, function (form) {
    var input = form.querySelector("input[list]");
    var list = input && document.getElementById(input.getAttribute("list"));
    if (!list) { return; }
    var timer = null;
    var asked = "";
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      var text = input.value.trim();
      if (text.replace(/[^\w\u00c0-\u024f]/g, "").length < 4 || text === asked) { return; }
      timer = window.setTimeout(function () {
        asked = text;
        var url = form.getAttribute("data-suggestions") + "?q=" + encodeURIComponent(text);
        fetch(url, { headers: { Accept: "application/json" }, credentials: "omit" })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            if (data.query !== input.value.trim()) { return; }
            list.textContent = "";
            data.suggestions.forEach(function (title) {
              var option = document.createElement("option");
              option.value = title;
              list.appendChild(option);
            });
          })
          .catch(function () { /* no suggestions then; searching still works */ });
      }, 200);
    });
  });
})();
