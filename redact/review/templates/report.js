(function () {
  "use strict";
  // One listener per kind of event on the text and on the panel (never one per change): a long draft has
  // thousands of changes, and the page must open and answer at once.
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var doc = document.getElementById("doc");
  var panel = document.getElementById("panel");
  var tip = document.getElementById("tip");
  var position = document.getElementById("position");
  var total = data.changes.length;
  var current = null;      // the element the reader is on
  var pinned = null;       // the element whose details stay shown after a click
  var cycles = new WeakMap();

  function row(list, term, value) {
    var dt = document.createElement("dt");
    var dd = document.createElement("dd");
    dt.textContent = term;
    dd.textContent = value;
    list.appendChild(dt);
    list.appendChild(dd);
  }

  function describe(el) {
    var list = document.createElement("dl");
    var title = document.createElement("strong");
    if (el.hasAttribute("data-c")) {
      var c = data.changes[+el.getAttribute("data-c")];
      title.textContent = data.kinds[c[0]];
      row(list, "original", el.querySelector("del").textContent);
      row(list, "replaced by", el.querySelector("ins").textContent);
      row(list, "found by", c[1]);
      row(list, "score", String(c[2]));
      row(list, "decision", c[3] + " (" + c[4] + ")");
      row(list, "where", c[5]);
      row(list, "location", c[6]);
      if (c[7]) { row(list, "note", "placed by its text: the recorded position did not hold it"); }
    } else {
      var k = data.kept[el.getAttribute("data-k")];
      title.textContent = "Kept by policy";
      row(list, "text", el.textContent);
      row(list, "found by", k[0]);
      row(list, "score", String(k[1]));
      row(list, "decision", k[2] + " (" + k[3] + ")");
      row(list, "where", k[4]);
      row(list, "location", k[5]);
    }
    tip.replaceChildren(title, list);
    var hint = document.createElement("div");
    hint.className = "pin";
    hint.textContent = pinned === el ? "pinned: click again or press Esc to close" : "click to pin";
    tip.appendChild(hint);
  }

  function show(el) {
    describe(el);
    tip.hidden = false;
    var box = el.getBoundingClientRect();
    var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(4, left) + "px";
    tip.style.top = (window.scrollY + box.bottom + 6) + "px";
  }

  function hide() {
    if (!pinned) { tip.hidden = true; }
  }

  function target(event) {
    return event.target.closest ? event.target.closest("mark.c, .kept") : null;
  }

  function goTo(el) {
    if (!el) { return; }
    if (current) { current.classList.remove("current"); }
    current = el;
    el.classList.add("current");
    el.scrollIntoView({block: "center"});
    el.focus({preventScroll: true});
    if (el.hasAttribute("data-c")) {
      position.textContent = "change " + (+el.getAttribute("data-c") + 1) + " of " + total;
    }
    pinned = el;
    show(el);
  }

  function step(by) {
    var at = current && current.hasAttribute("data-c") ? +current.getAttribute("data-c") : (by > 0 ? -1 : total);
    var next = at + by;
    if (next >= 0 && next < total) { goTo(document.getElementById("c" + next)); }
  }

  doc.addEventListener("mouseover", function (event) {
    var el = target(event);
    if (el && !pinned) { show(el); }
  });
  doc.addEventListener("mouseout", function (event) {
    var el = target(event);
    if (el && !el.contains(event.relatedTarget)) { hide(); }   // not when moving between its original and replacement
  });
  doc.addEventListener("focusin", function (event) {
    var el = target(event);
    if (el && !pinned) { show(el); }
  });
  doc.addEventListener("click", function (event) {
    var el = target(event);
    if (!el) { pinned = null; tip.hidden = true; return; }
    if (pinned === el) { pinned = null; hide(); return; }
    goTo(el);
  });

  panel.addEventListener("click", function (event) {
    var item = event.target.closest("[data-ids], [data-kept]");
    if (!item) { return; }
    var ids = (item.getAttribute("data-ids") || item.getAttribute("data-kept") || "").split(" ").filter(Boolean);
    if (!ids.length) { return; }
    var prefix = item.hasAttribute("data-ids") ? "c" : "k";
    var turn = ((cycles.get(item) || 0) % ids.length);
    cycles.set(item, turn + 1);
    goTo(document.getElementById(prefix + ids[turn]));
  });
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.closest("[data-ids], [data-kept]")) { event.target.click(); }
  });
  panel.addEventListener("change", function (event) {
    var kind = event.target.getAttribute("data-kind");
    if (kind) { document.body.classList.toggle("hide-" + kind, !event.target.checked); }
  });

  document.querySelector(".controls").addEventListener("click", function (event) {
    var by = event.target.getAttribute("data-step");
    if (by) { step(+by); }
  });
  document.querySelector(".controls").addEventListener("change", function (event) {
    if (event.target.name === "view") {
      document.body.classList.remove("view-both", "view-after", "view-before");
      document.body.classList.add(event.target.value);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.target.matches && event.target.matches("input, textarea")) { return; }
    if (event.key === "n" || event.key === "j") { step(1); }
    else if (event.key === "p" || event.key === "k") { step(-1); }
    else if (event.key === "Escape") { pinned = null; tip.hidden = true; }
    else if (event.key === "Enter" && target(event)) { goTo(target(event)); }
  });

  position.textContent = total + " change(s)";
  // for the tests: how long the page took to be ready, layout included
  void doc.offsetHeight;
  document.documentElement.setAttribute("data-ready-ms", String(Math.round(performance.now())));
})();
