// wagtail-modeltranslation's language picker ("de", "en" above every edit form) shows which
// languages are open by colour alone. Editors using a screen reader need that state too, so
// it is mirrored into aria-pressed, and each button is named after its language.
(function () {
  "use strict";
  const script = document.currentScript;
  const names = JSON.parse((script && script.dataset.languageNames) || "{}");

  function describe(button) {
    button.setAttribute("aria-pressed", button.classList.contains("showing-locale") ? "true" : "false");
  }

  function enhance(button) {
    if (button.dataset.stateMirrored) return;
    button.dataset.stateMirrored = "true";
    const code = button.textContent.trim();
    if (names[code]) button.setAttribute("aria-label", names[code]);
    describe(button);
    new MutationObserver(() => describe(button)).observe(button, { attributes: true, attributeFilter: ["class"] });
  }

  // The picker is built once by another script, possibly after this one runs.
  const waiting = new MutationObserver(scan);

  function scan() {
    const buttons = document.querySelectorAll("button.locale-toggle");
    buttons.forEach(enhance);
    if (buttons.length) waiting.disconnect();
  }

  waiting.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", scan);
  scan();
})();
