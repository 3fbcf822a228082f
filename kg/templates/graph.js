/* kg graph page. Every piece of text from the data is put in the page with
   textContent or as a DOM text node: never innerHTML. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var FONT = getComputedStyle(document.documentElement).getPropertyValue("--kg-font").trim() ||
    "Tahoma, sans-serif";
  var types = DATA.types, relations = DATA.relations, articles = DATA.articles;

  /* ---------- Arabic normalization (mirror of kg.text.normalize) ---------- */
  var REMOVED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\uFEFF\u202A-\u202E\u2066-\u2069]/g;
  var FOLD = { "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
               "\u0649": "\u064A", "\u0629": "\u0647", "\u0626": "\u064A", "\u0624": "\u0648",
               "\u06CC": "\u064A", "\u06A9": "\u0643", "\u06BE": "\u0647" };
  function normalize(text) {
    return String(text).replace(REMOVED, "")
      .replace(/[\u0623\u0625\u0622\u0671\u0649\u0629\u0626\u0624\u06CC\u06A9\u06BE]/g,
               function (c) { return FOLD[c]; })
      .replace(/[\u0660-\u0669]/g, function (c) { return String(c.charCodeAt(0) - 0x660); })
      .replace(/[\u06F0-\u06F9]/g, function (c) { return String(c.charCodeAt(0) - 0x6F0); })
      .toLowerCase().replace(/["'«»().,:;!?؟،]/g, " ").replace(/\s+/g, " ").trim();
  }
  /* The forms a normalized first word may take without its proclitics
     (و ف, then ب ل ك or لل = ل + ال) and without the article ال. */
  function stripForms(word) {
    var forms = [word];
    if (/^[\u0648\u0641]/.test(word) && word.length > 3) forms.push(word.slice(1));
    forms.slice().forEach(function (f) {
      if (f.slice(0, 2) === "\u0644\u0644" && f.length > 4) forms.push("\u0627\u0644" + f.slice(2));
      if (/^[\u0628\u0644\u0643]/.test(f) && f.length > 3) forms.push(f.slice(1));
    });
    forms.slice().forEach(function (f) {
      if (f.slice(0, 2) === "\u0627\u0644" && f.length > 4) forms.push(f.slice(2));
    });
    return forms.filter(function (f, i) { return forms.indexOf(f) === i; });
  }
  function keyForms(text) {
    var norm = normalize(text);
    if (!norm) return [];
    var sp = norm.indexOf(" ");
    var first = sp < 0 ? norm : norm.slice(0, sp), rest = sp < 0 ? "" : norm.slice(sp);
    return stripForms(first).map(function (f) { return f + rest; });
  }

  /* ---------- data sets ---------- */
  var big = DATA.big;
  var nodeItems = new Array(DATA.nodes.length);
  var searchIndex = null;
  var nodeById = {};
  DATA.nodes.forEach(function (n, i) {
    var ty = types[n.t];
    var item = { id: n.id, label: n.name, shape: ty.shape, color: ty.color,
                 size: 8 + 4 * Math.log2(1 + n.deg) };
    if (big) { item.x = n.x; item.y = n.y; }
    nodeItems[i] = item;
    nodeById[n.id] = n;
  });
  /* Every name of every actor, normalized, with and without ال (built on first search). */
  function buildSearchIndex() {
    return DATA.nodes.map(function (n) {
      var names = [n.name].concat(n.en ? [n.en] : [], n.al || [], [n.key]);
      var keys = {};
      names.forEach(function (name) {
        var norm = normalize(name);
        if (norm) keys[norm] = true;
        if (norm.slice(0, 2) === "\u0627\u0644" && norm.length > 4) keys[norm.slice(2)] = true;
      });
      return { id: n.id, keys: Object.keys(keys) };
    });
  }
  var edgeItems = new Array(DATA.edges.length);
  var edgeById = {};
  DATA.edges.forEach(function (e, i) {
    var rel = relations[e.r];
    var item = { id: e.id, from: e.f, to: e.to, color: { color: rel.color, highlight: rel.color,
                 hover: rel.color, opacity: e.n ? 0.55 : 1 },
                 width: 1 + 2 * Math.log2(e.w) };
    if (rel.sym) item.arrows = { to: { enabled: false } };
    if (e.h || e.n) item.dashes = e.n ? [2, 6] : [8, 6];
    if (!big && e.k) item.smooth = { enabled: true, type: e.k % 2 ? "curvedCW" : "curvedCCW",
                                     roundness: 0.2 * Math.ceil(e.k / 2) };
    edgeItems[i] = item;
    edgeById[e.id] = e;
  });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);

  /* ---------- filters ---------- */
  var state = { rel: relations.map(function () { return true; }),
                type: types.map(function () { return true; }),
                article: -1, negated: false };
  var articleNodes = null;
  function edgeShown(item) {
    var e = edgeById[item.id];
    if (!state.rel[e.r] || (e.n && !state.negated)) return false;
    if (!state.type[nodeById[e.f].t] || !state.type[nodeById[e.to].t]) return false;
    return state.article < 0 || e.a.indexOf(state.article) >= 0;
  }
  function nodeShown(item) {
    var n = nodeById[item.id];
    if (!state.type[n.t]) return false;
    return !articleNodes || articleNodes[n.id] === true;
  }
  var nodeView = new vis.DataView(nodes, { filter: nodeShown });
  var edgeView = new vis.DataView(edges, { filter: edgeShown });
  function refresh() {
    articleNodes = null;
    if (state.article >= 0) {
      articleNodes = {};
      DATA.edges.forEach(function (e) {
        if (e.a.indexOf(state.article) >= 0) { articleNodes[e.f] = true; articleNodes[e.to] = true; }
      });
    }
    nodeView.refresh();
    edgeView.refresh();
    updateCount();
  }

  /* ---------- network ---------- */
  var container = document.getElementById("kg-network");
  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    nodes: { font: { face: FONT, size: 14, color: "#222", strokeWidth: 3, strokeColor: "#fff" },
             borderWidth: 1 },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.6 } }, selectionWidth: 2,
             smooth: big ? false : { enabled: true, type: "continuous", roundness: 0.3 } },
    interaction: { hover: !big, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 1e9,
                   multiselect: false },
    physics: big ? false : { solver: "barnesHut",
      barnesHut: { gravitationalConstant: -6000, springLength: 160, avoidOverlap: 0.2 },
      stabilization: { iterations: 300, fit: true } }
  };
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  network.once("afterDrawing", function () { window.__kgFirstDraw = performance.now(); });
  if (!big) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: false });
      window.__kgStable = true;
    });
  } else {
    window.__kgStable = true;
  }

  /* ---------- DOM helpers (text only) ---------- */
  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined && text !== null) x.textContent = String(text);
    if (cls) x.className = cls;
    return x;
  }
  var SVG = "http://www.w3.org/2000/svg";
  function swatchShape(shape, color) {
    var s = document.createElementNS(SVG, "svg");
    s.setAttribute("width", "16"); s.setAttribute("height", "16");
    var p;
    if (shape === "dot") {
      p = document.createElementNS(SVG, "circle");
      p.setAttribute("cx", "8"); p.setAttribute("cy", "8"); p.setAttribute("r", "6");
    } else {
      p = document.createElementNS(SVG, "polygon");
      p.setAttribute("points", { square: "2,2 14,2 14,14 2,14", triangle: "8,1 15,14 1,14",
                                 diamond: "8,1 15,8 8,15 1,8" }[shape] || "2,2 14,2 14,14 2,14");
    }
    p.setAttribute("fill", color);
    s.appendChild(p);
    return s;
  }
  function swatchLine(color, sym) {
    var s = document.createElementNS(SVG, "svg");
    s.setAttribute("width", "28"); s.setAttribute("height", "12");
    var l = document.createElementNS(SVG, "line");
    l.setAttribute("x1", "26"); l.setAttribute("y1", "6"); l.setAttribute("x2", "4");
    l.setAttribute("y2", "6"); l.setAttribute("stroke", color); l.setAttribute("stroke-width", "3");
    s.appendChild(l);
    if (!sym) {
      var a = document.createElementNS(SVG, "polygon");
      a.setAttribute("points", "1,6 8,2 8,10"); a.setAttribute("fill", color);
      s.appendChild(a);
    }
    return s;
  }
  function counts(list) {
    var c = list.map(function () { return 0; });
    return c;
  }

  /* ---------- legend and filters ---------- */
  var typeCount = counts(types), relCount = counts(relations);
  DATA.nodes.forEach(function (n) { typeCount[n.t]++; });
  DATA.edges.forEach(function (e) { relCount[e.r]++; });
  function checkRow(list, i, swatch, text, n, key) {
    var li = el("li");
    var box = document.createElement("input");
    box.type = "checkbox"; box.checked = true; box.id = "kg-" + key + "-" + list[i].id;
    box.addEventListener("change", function () { state[key][i] = box.checked; refresh(); });
    var lab = el("label", text + " (" + n + ")");
    lab.htmlFor = box.id;
    li.appendChild(box); li.appendChild(swatch); li.appendChild(lab);
    return li;
  }
  var typeList = document.getElementById("kg-types");
  types.forEach(function (t, i) {
    typeList.appendChild(checkRow(types, i, swatchShape(t.shape, t.color), t.ar + " · " + t.en,
                                  typeCount[i], "type"));
  });
  var relList = document.getElementById("kg-relations");
  relations.forEach(function (r, i) {
    relList.appendChild(checkRow(relations, i, swatchLine(r.color, r.sym), r.ar + " · " + r.id,
                                 relCount[i], "rel"));
  });
  var artSelect = document.getElementById("kg-article");
  articles.forEach(function (a, i) {
    var o = el("option", a); o.value = String(i); artSelect.appendChild(o);
  });
  artSelect.addEventListener("change", function () {
    state.article = artSelect.value === "" ? -1 : Number(artSelect.value);
    refresh();
  });
  document.getElementById("kg-negated").addEventListener("change", function (ev) {
    state.negated = ev.target.checked; refresh();
  });
  document.getElementById("kg-lang").addEventListener("change", function (ev) {
    var en = ev.target.checked;
    nodes.update(DATA.nodes.map(function (n) {
      return { id: n.id, label: en ? (n.en || n.name) : n.name };
    }));
    container.dir = en ? "ltr" : "rtl";
  });
  var countEl = document.getElementById("kg-count");
  function updateCount() {
    countEl.textContent = nodeView.length + " فاعل · " + edgeView.length + " علاقة";
  }
  updateCount();

  /* ---------- details panel ---------- */
  var panel = document.getElementById("kg-panel");
  function clearPanel() { while (panel.firstChild) panel.removeChild(panel.firstChild); }
  function pair(dl, term, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", term));
    dl.appendChild(el("dd", value));
  }
  function showNode(id) {
    var n = nodeById[id];
    if (!n) return;
    clearPanel();
    panel.appendChild(el("h3", n.name));
    var dl = el("dl");
    pair(dl, "بالإنجليزية", n.en);
    pair(dl, "النوع", types[n.t].ar + " · " + types[n.t].en);
    pair(dl, "المعرّف", n.key);
    pair(dl, "الدرجة", n.deg + " (" + network.getConnectedEdges(id).length + " ظاهرة)");
    if (n.co) {
      var country = null;
      DATA.nodes.some(function (m) { if (m.key === n.co) { country = m; return true; } return false; });
      pair(dl, "البلد", country ? country.name : n.co);
    }
    panel.appendChild(dl);
    [["الأدوار", n.ro], ["أسماء أخرى", n.al]].forEach(function (sec) {
      if (!sec[1] || !sec[1].length) return;
      panel.appendChild(el("h4", sec[0]));
      var ul = el("ul");
      sec[1].forEach(function (x) { ul.appendChild(el("li", x)); });
      panel.appendChild(ul);
    });
  }
  var EVIDENCE = null;
  function evidenceOf(id) {
    if (!EVIDENCE) EVIDENCE = JSON.parse(document.getElementById("kg-evidence").textContent);
    return EVIDENCE.edges[id];
  }
  function showEdge(id) {
    var e = edgeById[id];
    if (!e) return;
    var rel = relations[e.r];
    clearPanel();
    var head = el("h3");
    head.appendChild(document.createTextNode(nodeById[e.f].name + " "));
    head.appendChild(el("span", rel.sym ? "↔" : "←"));
    head.appendChild(document.createTextNode(" " + rel.ar + " (" + rel.id + ") "));
    head.appendChild(el("span", rel.sym ? "↔" : "←"));
    head.appendChild(document.createTextNode(" " + nodeById[e.to].name));
    panel.appendChild(head);
    var flags = el("p");
    if (e.n) flags.appendChild(el("span", "منفية", "kg-flag"));
    if (e.h) flags.appendChild(el("span", "افتراضية", "kg-flag"));
    flags.appendChild(el("span", "عدد المقالات: " + e.w, "kg-flag"));
    panel.appendChild(flags);
    var ol = el("ol", null, "kg-evidence");
    evidenceOf(id).forEach(function (ev) {
      var text = EVIDENCE.sentences[ev.s];
      var li = el("li");
      var meta = el("div", "المقال: ", "kg-meta");
      var art = el("bdi", articles[ev.a]);
      art.dir = "ltr";
      meta.appendChild(art);
      if (ev.d) meta.appendChild(document.createTextNode(" · التاريخ: " + ev.d));
      if (ev.h) meta.appendChild(document.createTextNode(" · افتراضية"));
      li.appendChild(meta);
      var p = el("p", null, "kg-sentence");
      p.dir = "auto";
      if (ev.hl) {
        p.appendChild(document.createTextNode(text.slice(0, ev.hl[0])));
        p.appendChild(el("mark", text.slice(ev.hl[0], ev.hl[1])));
        p.appendChild(document.createTextNode(text.slice(ev.hl[1])));
      } else {
        p.appendChild(document.createTextNode(text));
      }
      li.appendChild(p);
      ol.appendChild(li);
    });
    panel.appendChild(ol);
  }
  network.on("select", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  /* ---------- search ---------- */
  function search(query, limit) {
    var forms = keyForms(query);
    if (!forms.length) return [];
    if (!searchIndex) searchIndex = buildSearchIndex();
    var best = {};
    searchIndex.forEach(function (entry) {
      var score = 9;
      entry.keys.forEach(function (k) {
        forms.forEach(function (f, fi) {
          var s = k === f ? (fi ? 1 : 0) : k.indexOf(f) === 0 ? 2 + (fi ? 1 : 0) :
                  (f.length > 2 && k.indexOf(f) > 0) ? 4 : 9;
          if (s < score) score = s;
        });
      });
      if (score < 9) best[entry.id] = score;
    });
    return Object.keys(best).map(Number).sort(function (a, b) {
      return best[a] - best[b] || nodeById[b].deg - nodeById[a].deg || a - b;
    }).slice(0, limit || 10);
  }
  function focusNode(id) {
    var n = nodeById[id];
    if (!nodeView.get(id)) {           // filtered out: show everything again
      state.type[n.t] = true;
      document.getElementById("kg-type-" + types[n.t].id).checked = true;
      state.article = -1; artSelect.value = "";
      refresh();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showNode(id);
  }
  var input = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  function showResults() {
    while (results.firstChild) results.removeChild(results.firstChild);
    var found = search(input.value, 10);
    found.forEach(function (id, i) {
      var n = nodeById[id];
      var li = el("li", n.name, i === 0 ? "kg-active" : "");
      li.appendChild(el("small", (n.en ? n.en + " · " : "") + types[n.t].ar));
      li.addEventListener("mousedown", function (ev) {
        ev.preventDefault(); results.hidden = true; focusNode(id);
      });
      results.appendChild(li);
    });
    results.hidden = found.length === 0;
    return found;
  }
  input.addEventListener("input", showResults);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var found = showResults();
      results.hidden = true;
      if (found.length) focusNode(found[0]);
    } else if (ev.key === "Escape") {
      results.hidden = true;
    }
  });
  input.addEventListener("blur", function () { results.hidden = true; });

  window.kg = { network: network, nodes: nodes, edges: edges, nodeView: nodeView,
                edgeView: edgeView, search: search, normalize: normalize, focusNode: focusNode,
                showEdge: showEdge, showNode: showNode, data: DATA };
})();
