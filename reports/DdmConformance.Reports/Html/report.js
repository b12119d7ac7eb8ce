// report.html behaviour: filters (deviations only, chapter, failed check, known), text search,
// expand/collapse, copy buttons, print. Plain JS that works from file:// without a server. The work per
// keystroke is one pass over cached strings: no per-case listeners, no DOM queries in the loop, so
// 2,000 cases stay instant. Filters can come from the address (?deviations=1&chapter=4.2&check=schema&q=x).
(function () {
  "use strict";
  var toolbar = document.getElementById("toolbar");
  if (!toolbar) return;
  toolbar.hidden = false;

  var search = document.getElementById("search");
  var devOnly = document.getElementById("deviations-only");
  var hideKnown = document.getElementById("hide-known");
  var chapterSelect = document.getElementById("chapter");
  var checkSelect = document.getElementById("check");
  var shown = document.getElementById("shown");

  function words(s) { return s ? s.split(" ") : []; }

  var ops = Array.prototype.map.call(document.querySelectorAll("details.op"), function (op) {
    return {
      el: op,
      text: op.getAttribute("data-search") || "",
      chapter: op.getAttribute("data-chapter") || "",
      autoOpened: false,
      cases: Array.prototype.map.call(op.querySelectorAll("details.case"), function (c) {
        return {
          el: c,
          text: c.getAttribute("data-search") || "",
          failed: c.classList.contains("failed"),
          known: c.getAttribute("data-known") === "1",
          checks: words(c.getAttribute("data-checks"))
        };
      })
    };
  });
  var heads = Array.prototype.map.call(document.querySelectorAll(".chapter-head"), function (h) {
    return { el: h, chapter: h.getAttribute("data-chapter") };
  });
  var devRows = Array.prototype.map.call(document.querySelectorAll("tr.dev"), function (r) {
    return { el: r, chapter: r.getAttribute("data-chapter"), check: r.getAttribute("data-check"), text: r.getAttribute("data-search") || "", known: r.classList.contains("known") };
  });
  var matrixRows = Array.prototype.map.call(document.querySelectorAll("table.matrix tr"), function (r) {
    return { el: r, chapter: r.getAttribute("data-chapter") };
  });
  var total = ops.reduce(function (n, op) { return n + op.cases.length; }, 0);

  function apply() {
    var q = search.value.trim().toLowerCase();
    var onlyFailed = devOnly.checked;
    var noKnown = hideKnown.checked;
    var chapter = chapterSelect.value;
    var check = checkSelect.value;
    var visibleCases = 0;
    var chaptersShown = {};
    ops.forEach(function (op) {
      var chapterOk = chapter === "" || op.chapter === chapter;
      var opMatch = q === "" || op.text.indexOf(q) >= 0;
      var anyVisible = false, directHit = false;
      op.cases.forEach(function (c) {
        var hit = q !== "" && c.text.indexOf(q) >= 0;
        var visible = chapterOk && (!onlyFailed || c.failed) && !(noKnown && c.known) &&
          (check === "" || c.checks.indexOf(check) >= 0) && (opMatch || hit);
        c.el.hidden = !visible;
        if (visible) { anyVisible = true; visibleCases++; if (hit && !opMatch) directHit = true; }
      });
      var filtered = onlyFailed || check !== "" || noKnown;
      op.el.hidden = op.cases.length === 0 ? (filtered || !chapterOk || !opMatch) : !anyVisible;
      if (!op.el.hidden) chaptersShown[op.chapter] = true;
      // Open operations whose cases (not the operation itself) match, and close them again later.
      if (directHit && q.length >= 2 && !op.el.open) { op.el.open = true; op.autoOpened = true; }
      else if (!directHit && op.autoOpened) { op.el.open = false; op.autoOpened = false; }
    });
    heads.forEach(function (h) { h.el.hidden = !chaptersShown[h.chapter]; });
    matrixRows.forEach(function (r) { r.el.hidden = chapter !== "" && r.chapter !== chapter; });
    var visibleDevs = 0;
    devRows.forEach(function (r) {
      var visible = (chapter === "" || r.chapter === chapter) && (check === "" || r.check === check) &&
        !(noKnown && r.known) && (q === "" || r.text.indexOf(q) >= 0);
      r.el.hidden = !visible;
      if (visible) visibleDevs++;
    });
    shown.textContent = "Showing " + visibleCases + " of " + total + " cases, " + visibleDevs + " of " + devRows.length + " deviations";
    remember(q, onlyFailed, noKnown, chapter, check);
  }

  // The filters live in the address too, so a filtered view can be bookmarked or sent.
  function remember(q, onlyFailed, noKnown, chapter, check) {
    var parts = [];
    if (onlyFailed) parts.push("deviations=1");
    if (noKnown) parts.push("known=0");
    if (chapter) parts.push("chapter=" + encodeURIComponent(chapter));
    if (check) parts.push("check=" + encodeURIComponent(check));
    if (q) parts.push("q=" + encodeURIComponent(q));
    var query = parts.length ? "?" + parts.join("&") : "";
    if (query === location.search) return;
    try { history.replaceState(null, "", location.pathname + query + location.hash); } catch (e) { /* file:// may refuse */ }
  }

  function restore() {
    var params = {};
    location.search.replace(/^\?/, "").split("&").forEach(function (pair) {
      if (!pair) return;
      var i = pair.indexOf("=");
      var key = decodeURIComponent(i < 0 ? pair : pair.slice(0, i));
      params[key] = i < 0 ? "" : decodeURIComponent(pair.slice(i + 1).replace(/\+/g, " "));
    });
    if (params.deviations === "1" || params.deviations === "true") devOnly.checked = true;
    if (params.known === "0") hideKnown.checked = true;
    if (params.q) search.value = params.q;
    if (params.check) checkSelect.value = params.check;
    if (params.chapter) {
      // A chapter by key (ch-1) or by number (4.2).
      Array.prototype.forEach.call(chapterSelect.options, function (o) {
        if (o.value === params.chapter || o.getAttribute("data-number") === params.chapter) chapterSelect.value = o.value;
      });
    }
  }

  var timer = 0;
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  [devOnly, hideKnown, chapterSelect, checkSelect].forEach(function (el) { el.addEventListener("change", apply); });

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

  // Copy buttons: the curl reproduction of a failed case.
  document.addEventListener("click", function (ev) {
    var button = ev.target.closest ? ev.target.closest("button.copy") : null;
    if (!button) return;
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    var text = source.textContent;
    function done() { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy"; }, 1500); }
    function fallback() {
      var range = document.createRange();
      range.selectNodeContents(source);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      try { if (document.execCommand("copy")) done(); } catch (e) { /* selected: Ctrl+C still works */ }
    }
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  });

  // A link to #case-N or #op-X opens every details element around (and at) the target.
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

  restore();
  apply();
  revealHash();
})();
