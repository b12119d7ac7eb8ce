// report.html behaviour: "deviations only" toggle, text search, expand/collapse, print.
// Plain JS that works from file://. The work per keystroke is one pass over cached strings:
// no per-case listeners, no DOM queries in the loop, so 2,000 cases stay instant.
(function () {
  "use strict";
  var toolbar = document.getElementById("toolbar");
  if (!toolbar) return;
  toolbar.hidden = false;

  var search = document.getElementById("search");
  var devOnly = document.getElementById("deviations-only");
  var shown = document.getElementById("shown");

  var ops = Array.prototype.map.call(document.querySelectorAll("details.op"), function (op) {
    return {
      el: op,
      text: op.getAttribute("data-search") || "",
      autoOpened: false,
      cases: Array.prototype.map.call(op.querySelectorAll("details.case"), function (c) {
        return { el: c, text: c.getAttribute("data-search") || "", failed: c.classList.contains("failed") };
      })
    };
  });
  var total = ops.reduce(function (n, op) { return n + op.cases.length; }, 0);

  function apply() {
    var q = search.value.trim().toLowerCase();
    var onlyFailed = devOnly.checked;
    var visibleCases = 0;
    ops.forEach(function (op) {
      var opMatch = q === "" || op.text.indexOf(q) >= 0;
      var anyVisible = false, directHit = false;
      op.cases.forEach(function (c) {
        var hit = q !== "" && c.text.indexOf(q) >= 0;
        var visible = (!onlyFailed || c.failed) && (opMatch || hit);
        c.el.hidden = !visible;
        if (visible) { anyVisible = true; visibleCases++; if (hit && !opMatch) directHit = true; }
      });
      op.el.hidden = op.cases.length === 0 ? (onlyFailed || !opMatch) : !anyVisible;
      // Open operations whose cases (not the operation itself) match, and close them again later.
      if (directHit && q.length >= 2 && !op.el.open) { op.el.open = true; op.autoOpened = true; }
      else if (!directHit && op.autoOpened) { op.el.open = false; op.autoOpened = false; }
    });
    shown.textContent = "Showing " + visibleCases + " of " + total + " cases";
  }

  var timer = 0;
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  devOnly.addEventListener("change", apply);

  document.getElementById("expand-failed").addEventListener("click", function () {
    ops.forEach(function (op) {
      var failed = op.el.classList.contains("w-failed");
      op.el.open = failed;
      op.cases.forEach(function (c) { if (c.failed) c.el.open = true; });
    });
  });
  document.getElementById("collapse-all").addEventListener("click", function () {
    ops.forEach(function (op) { op.el.open = false; op.autoOpened = false; op.cases.forEach(function (c) { c.el.open = false; }); });
  });

  // A link to #case-N (from the deviations table) opens every details element around the target.
  function revealHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) return;
    for (var p = el; p; p = p.parentElement) {
      if (p.tagName === "DETAILS") { p.open = true; p.hidden = false; }
    }
    el.scrollIntoView();
  }
  window.addEventListener("hashchange", revealHash);
  revealHash();

  // Printed, the report shows every failure in full; afterwards the page is as the reader left it.
  var printOpened = [];
  window.addEventListener("beforeprint", function () {
    ops.forEach(function (op) {
      if (op.el.classList.contains("w-failed") && !op.el.open) { op.el.open = true; printOpened.push(op.el); }
      op.cases.forEach(function (c) { if (c.failed && !c.el.open) { c.el.open = true; printOpened.push(c.el); } });
    });
  });
  window.addEventListener("afterprint", function () {
    printOpened.forEach(function (el) { el.open = false; });
    printOpened = [];
  });

  apply();
})();
