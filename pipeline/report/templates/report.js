// The report's renderer: plain JavaScript, no library. Reads the JSON of #report-data and draws
// each section; tables sort on a header click, filter by search and selects, and show a page of
// rows at a time; articles are drawn a page at a time.
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("report-data").textContent);
  var MARK_NAMES = { amount: "amounts", org: "organisations", per: "people", quote: "quotes",
    date: "dates" };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") { node.textContent = attrs[k]; }
      else if (k === "className") { node.className = attrs[k]; }
      else if (k.indexOf("on") === 0) { node.addEventListener(k.slice(2), attrs[k]); }
      else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function fmtNumber(v) {
    if (v === null || v === undefined || v === "") { return ""; }
    if (typeof v !== "number") { return String(v); }
    var abs = Math.abs(v);
    if (abs >= 1e9) { return (v / 1e9).toLocaleString("fr-FR", { maximumFractionDigits: 2 }) + " Md"; }
    if (abs >= 1e6) { return (v / 1e6).toLocaleString("fr-FR", { maximumFractionDigits: 2 }) + " M"; }
    return v.toLocaleString("fr-FR", { maximumFractionDigits: 2 });
  }

  function asObjects(columns, rows) {
    return rows.map(function (r) {
      var o = {};
      columns.forEach(function (c, i) { o[c] = r[i]; });
      return o;
    });
  }

  // A sortable, filterable, paginated table. spec: columns [{key, label, num, long, render}],
  // rows (objects), filters [{key, label, options [[value, label]], value, test}], pageSize.
  function makeTable(host, spec) {
    var state = { query: "", sort: null, dir: 1, page: 0 };
    (spec.filters || []).forEach(function (f) { state[f.key] = f.value; });
    var controls = el("div", { className: "controls" });
    var search = el("input", { type: "search", placeholder: "Search…", "aria-label": "search" });
    search.addEventListener("input", function () { state.query = search.value.toLowerCase(); state.page = 0; draw(); });
    controls.appendChild(search);
    (spec.filters || []).forEach(function (f) {
      var select = el("select", { "data-filter": f.key, "aria-label": f.label });
      f.options.forEach(function (o) {
        var opt = el("option", { value: o[0], text: o[1] });
        if (o[0] === f.value) { opt.selected = true; }
        select.appendChild(opt);
      });
      select.addEventListener("change", function () { state[f.key] = select.value; state.page = 0; draw(); });
      controls.appendChild(el("label", { text: f.label }));
      controls.appendChild(select);
    });
    var table = el("table");
    var head = el("tr");
    spec.columns.forEach(function (c) {
      var th = el("th", { text: c.label, "data-key": c.key });
      th.addEventListener("click", function () {
        state.dir = state.sort === c.key ? -state.dir : (c.num ? -1 : 1);
        state.sort = c.key; draw();
      });
      head.appendChild(th);
    });
    table.appendChild(el("thead", {}, [head]));
    var body = el("tbody");
    table.appendChild(body);
    var pager = el("div", { className: "pager" });
    host.appendChild(controls); host.appendChild(table); host.appendChild(pager);
    var size = spec.pageSize || 20;

    function visible() {
      var rows = spec.rows.filter(function (r) {
        var ok = (spec.filters || []).every(function (f) { return f.test(r, state[f.key]); });
        if (!ok || !state.query) { return ok; }
        return spec.columns.some(function (c) {
          var v = r[c.key]; return v !== null && v !== undefined && String(v).toLowerCase().indexOf(state.query) >= 0;
        });
      });
      if (state.sort) {
        var k = state.sort;
        rows = rows.slice().sort(function (a, b) {
          var x = a[k], y = b[k];
          if (x === y) { return 0; }
          if (x === null || x === undefined) { return 1; }
          if (y === null || y === undefined) { return -1; }
          return (x < y ? -1 : 1) * state.dir;
        });
      }
      return rows;
    }

    function draw() {
      var rows = visible();
      var pages = Math.max(1, Math.ceil(rows.length / size));
      state.page = Math.min(state.page, pages - 1);
      body.textContent = "";
      rows.slice(state.page * size, (state.page + 1) * size).forEach(function (r) {
        var tr = el("tr");
        spec.columns.forEach(function (c) {
          var td = el("td", { className: c.num ? "num" : (c.long ? "long" : "") });
          var shown = c.render ? c.render(r) : (c.num ? fmtNumber(r[c.key]) : r[c.key]);
          if (shown instanceof Node) { td.appendChild(shown); } else { td.textContent = shown === null || shown === undefined ? "" : String(shown); }
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      Array.prototype.forEach.call(head.children, function (th) {
        th.className = th.getAttribute("data-key") === state.sort ? (state.dir > 0 ? "sorted-asc" : "sorted-desc") : "";
      });
      pager.textContent = "";
      pager.appendChild(el("button", { text: "‹", onclick: function () { if (state.page > 0) { state.page--; draw(); } } }));
      pager.appendChild(el("span", { className: "count", "data-rows": String(rows.length),
        text: "page " + (state.page + 1) + " / " + pages + " · " + rows.length + " rows" }));
      pager.appendChild(el("button", { text: "›", onclick: function () { if (state.page < pages - 1) { state.page++; draw(); } } }));
    }
    draw();
  }

  function options(rows, key, first) {
    var seen = {};
    rows.forEach(function (r) { if (r[key] !== null && r[key] !== undefined) { seen[r[key]] = (seen[r[key]] || 0) + 1; } });
    return first.concat(Object.keys(seen).sort().map(function (k) { return [k, k + " (" + seen[k] + ")"]; }));
  }

  function summary() {
    var host = document.getElementById("summary-cards");
    var s = DATA.summary, c = s.counts;
    var cards = [["articles", c.articles], ["failed", c.failed], ["amounts", c.amounts],
      ["organisations", c.organizations], ["people", c.people], ["quotes", c.quotes],
      ["dates", c.dates], ["entities", c.entities],
      ["period", (s.first_date || "?") + " → " + (s.last_date || "?")]];
    cards.forEach(function (x) {
      host.appendChild(el("div", { className: "card" }, [el("b", { text: String(x[1]) }), el("span", { text: x[0] })]));
    });
  }

  function entities() {
    var rows = asObjects(DATA.entities.columns, DATA.entities.rows);
    makeTable(document.getElementById("entities-table"), {
      rows: rows, pageSize: 15,
      columns: [
        { key: "name", label: "name" }, { key: "type", label: "type" },
        { key: "kind", label: "kind", render: function (r) { return r.kind ? el("span", { className: "kind kind-" + r.kind, text: r.kind }) : ""; } },
        { key: "n_articles", label: "articles", num: true }, { key: "n_mentions", label: "mentions", num: true },
        { key: "first_date", label: "first" }, { key: "last_date", label: "last" },
        { key: "aliases", label: "aliases", long: true }],
      filters: [
        { key: "type", label: "type", value: "", options: [["", "all"], ["ORG", "organisations"], ["PER", "people"]],
          test: function (r, v) { return !v || r.type === v; } },
        { key: "kind", label: "kind", value: "not-media", options: options(rows, "kind", [["not-media", "all but media"], ["", "all"]]),
          test: function (r, v) { return v === "" || (v === "not-media" ? r.kind !== "media" : r.kind === v); } }]
    });
  }

  function facts() {
    var host = document.getElementById("facts-table");
    if (!DATA.facts) {
      host.appendChild(el("p", { className: "doc", text: "This run has no fact columns (measure, holder, counterpart, period, value_eur)." }));
      return;
    }
    var rows = asObjects(DATA.facts.columns, DATA.facts.rows);
    makeTable(host, {
      rows: rows, pageSize: 15,
      columns: [{ key: "measure", label: "measure" }, { key: "holder", label: "holder" },
        { key: "counterpart", label: "counterpart" }, { key: "text", label: "amount" },
        { key: "value_eur", label: "€", num: true }, { key: "period", label: "period" },
        { key: "doc_id", label: "article" }, { key: "sentence", label: "sentence", long: true }],
      filters: [{ key: "measure", label: "measure", value: "", options: options(rows, "measure", [["", "all"]]),
        test: function (r, v) { return !v || r.measure === v; } }]
    });
  }

  function quotes() {
    var host = document.getElementById("quotes-list");
    var search = el("input", { type: "search", placeholder: "Speaker…", "aria-label": "speaker" });
    var list = el("div");
    host.appendChild(el("div", { className: "controls" }, [search]));
    host.appendChild(list);
    function draw() {
      var q = search.value.toLowerCase();
      list.textContent = "";
      DATA.quotes.filter(function (s) { return !q || s.speaker.toLowerCase().indexOf(q) >= 0; }).slice(0, 60).forEach(function (s) {
        var items = s.quotes.map(function (x) {
          return el("li", {}, ["« " + x[3] + " » ", el("span", { className: "doc", text: "(" + (x[2] || x[1] || "") + " · " + x[0] + ")" })]);
        });
        list.appendChild(el("details", { className: "speaker" }, [
          el("summary", { text: s.speaker + " — " + s.quotes.length + " quote" + (s.quotes.length > 1 ? "s" : "") }),
          el("ul", {}, items)]));
      });
    }
    search.addEventListener("input", draw);
    draw();
  }

  function bars(title, counts, cls) {
    var keys = Object.keys(counts);
    var max = Math.max.apply(null, keys.map(function (k) { return counts[k]; }).concat([1]));
    var row = el("div", { className: "bars" });
    keys.forEach(function (k) {
      var h = Math.max(2, Math.round(110 * counts[k] / max));
      row.appendChild(el("div", { title: k + ": " + counts[k] }, [
        el("div", { className: "bar " + cls, style: "height:" + h + "px" }),
        el("div", { className: "bar-label", text: k })]));
    });
    return el("div", { className: "timeline-row" }, [el("div", { className: "doc", text: title }), row]);
  }

  function timeline() {
    var host = document.getElementById("timeline-chart");
    host.appendChild(bars("articles per month of publication", DATA.timeline.articles, "articles"));
    host.appendChild(bars("dates mentioned, per month", DATA.timeline.dates, "dates"));
  }

  function highlight(text, marks) {
    var cuts = {}; cuts[0] = 1; cuts[text.length] = 1;
    marks.forEach(function (m) { cuts[m[1]] = 1; cuts[m[2]] = 1; });
    var points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
    var frag = document.createDocumentFragment();
    for (var i = 0; i + 1 < points.length; i++) {
      var s = points[i], e = points[i + 1];
      var active = marks.filter(function (m) { return m[1] <= s && m[2] >= e; });
      var piece = text.slice(s, e);
      if (!active.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      frag.appendChild(el("mark", {
        className: active.map(function (m) { return m[0]; }).join(" "),
        title: active.map(function (m) { return MARK_NAMES[m[0]] + (m[3] ? ": " + m[3] : ""); }).join("\n"),
        text: piece }));
    }
    return frag;
  }

  function articleNode(a) {
    var text = el("div");
    var end = null;
    a.segments.forEach(function (s) {
      if (end !== null && s.o !== null && s.o > end + 2) { text.appendChild(el("p", { className: "gap", text: "…" })); }
      var p = el("p"); p.appendChild(highlight(s.t, s.m)); text.appendChild(p);
      end = s.o === null ? end : s.o + s.t.length;
    });
    if (!a.segments.length) { text.appendChild(el("p", { className: "doc", text: a.error ? "" : "no mention found" })); }
    if (a.error) { text.appendChild(el("p", { className: "error", text: a.error })); }
    var cols = DATA.amount_columns;
    var facts = a.facts.map(function (f) {
      var o = {}; cols.forEach(function (c, i) { o[c] = f[i]; });
      var who = [o.holder, o.counterpart].filter(Boolean).join(" → ");
      return el("li", {}, [el("b", { text: o.text }), o.measure ? " · " + o.measure : "", who ? " · " + who : "", o.period ? " · " + o.period : ""]);
    });
    var aside = el("aside", {}, [el("b", { text: "Facts" }), facts.length ? el("ul", {}, facts) : el("p", { className: "doc", text: "no amount" })]);
    return el("div", { className: "article", "data-doc": a.id }, [
      el("h3", { text: a.id + (a.date ? " · " + a.date : "") + (a.status === "error" ? " · error" : "") }), text, aside]);
  }

  function articles() {
    var legend = document.getElementById("legend");
    Object.keys(MARK_NAMES).forEach(function (k) {
      var box = el("input", { type: "checkbox", checked: "checked" });
      box.addEventListener("change", function () { document.body.classList.toggle("hide-" + k, !box.checked); });
      legend.appendChild(el("label", {}, [box, el("mark", { className: k, text: MARK_NAMES[k] })]));
    });
    var host = document.getElementById("articles-list");
    var search = el("input", { type: "search", placeholder: "Article or word…", "aria-label": "article search" });
    var list = el("div"), pager = el("div", { className: "pager" });
    host.appendChild(el("div", { className: "controls" }, [search]));
    host.appendChild(list); host.appendChild(pager);
    var page = 0, size = 10;
    function draw() {
      var q = search.value.toLowerCase();
      var rows = DATA.articles.filter(function (a) {
        return !q || a.id.toLowerCase().indexOf(q) >= 0 || a.segments.some(function (s) { return s.t.toLowerCase().indexOf(q) >= 0; });
      });
      var pages = Math.max(1, Math.ceil(rows.length / size));
      page = Math.min(page, pages - 1);
      list.textContent = "";
      rows.slice(page * size, (page + 1) * size).forEach(function (a) { list.appendChild(articleNode(a)); });
      pager.textContent = "";
      pager.appendChild(el("button", { text: "‹", onclick: function () { if (page > 0) { page--; draw(); } } }));
      pager.appendChild(el("span", { className: "count", text: "page " + (page + 1) + " / " + pages + " · " + rows.length + " articles" }));
      pager.appendChild(el("button", { text: "›", onclick: function () { if (page < pages - 1) { page++; draw(); } } }));
    }
    search.addEventListener("input", function () { page = 0; draw(); });
    draw();
  }

  summary(); entities(); facts(); quotes(); timeline(); articles();
  document.getElementById("footer").textContent = "Generated " + DATA.generated + " · self-contained page: nothing is fetched from the network";
})();
