/* osint-graph HTML view: a sigma.js (WebGL) graph laid out by ForceAtlas2 in a web worker,
 * communities found by Louvain (graphology), filters, search and a provenance panel.
 * The libraries are vendored (osint_graph/export/vendor/, bundled as OsintGraphLibs just
 * before this script); nothing is fetched.  Every piece of data is rendered with textContent
 * or drawn on a canvas, never parsed as HTML.
 *
 * Readable at thousands of nodes: nodes are placed community by community before the layout
 * starts (so the layout refines clusters instead of untangling a hairball), node size follows
 * importance (links, named things before records) and sigma labels only the biggest node of
 * each screen cell, so zooming in reveals more labels; the largest communities carry an
 * overlay label (their best-linked named entities) that zooms onto the community on click. */
(function () {
  "use strict";
  var started = performance.now();
  var LIBS = window.OsintGraphLibs;
  var DATA = JSON.parse(document.getElementById("osint-data").textContent);
  var NODES = DATA.nodes, EDGES = DATA.edges, CLAIMS = DATA.claims, ARTICLES = DATA.articles;
  var TYPES = DATA.types, RELS = DATA.rels, OUTLETS = DATA.outlets;
  var N = NODES.length, M = EDGES.length;
  var GRADED = {};
  ["Claim", "Proposition", "PortCall", "Shipment", "TripCount"].forEach(function (t) { GRADED[t] = true; });

  // ---------------------------------------------------------------- DOM helpers
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      parent.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
    }
    return parent;
  }
  function safeUrl(url) {
    if (typeof url !== "string") return null;
    try {
      var u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (e) { return null; }
  }

  // ---------------------------------------------------------------- page
  var header = el("header");
  var title = el("h1", null, DATA.title);
  var counts = el("span", "counts");
  var searchBox = el("div", "search");
  var search = el("input");
  search.type = "search";
  search.placeholder = "Search names and aliases\u2026";
  search.setAttribute("aria-label", "Search");
  var results = el("div", "results");
  results.hidden = true;
  add(searchBox, search, results);
  add(header, title, counts, searchBox);

  var filters = el("aside", "filters");
  var main = el("main");
  var stage = el("div", "stage");
  var clusterLayer = el("div", "clusters");
  var status = el("div", "status");
  add(main, stage, clusterLayer, status);
  var panel = el("section", "panel");
  panel.setAttribute("aria-live", "polite");
  add(document.body, header, filters, main, panel);

  // ---------------------------------------------------------------- graph arrays
  var DEG = new Int32Array(N), T = new Int16Array(N), ES = new Int32Array(M), ET = new Int32Array(M);
  var visible = new Uint8Array(N), hits = new Uint8Array(N), hitCount = 0;
  var adj = [];
  for (var i = 0; i < N; i++) { adj.push([]); T[i] = NODES[i].t; }
  for (var e = 0; e < M; e++) {
    ES[e] = EDGES[e].s; ET[e] = EDGES[e].t;
    DEG[ES[e]]++; DEG[ET[e]]++;
    adj[ES[e]].push(e); adj[ET[e]].push(e);
  }
  // Importance: links, and a named thing (vessel, person, port...) before a record (claim, figure).
  var NAMED = {};
  ["Outlet", "Organization", "Person", "Country", "Location", "Port", "Vessel", "Weapon", "Proposition"].forEach(function (t) { NAMED[t] = true; });
  var SIZE = new Float32Array(N);
  for (i = 0; i < N; i++) {
    var named = NAMED[TYPES[T[i]].label];
    SIZE[i] = Math.min(named ? 18 : 9, (named ? 3.5 : 2) + (named ? 1.6 : 0.8) * Math.sqrt(DEG[i]));
  }

  // ---------------------------------------------------------------- communities
  // Louvain on the undirected simple graph (parallel edges merged into a weight).
  var COMMUNITY = new Int32Array(N), CLUSTERS = [];
  (function communities() {
    var simple = new LIBS.Graph({ type: "undirected" });
    for (var n = 0; n < N; n++) simple.addNode(n);
    for (var e2 = 0; e2 < M; e2++) {
      if (ES[e2] === ET[e2]) continue;
      simple.updateEdge(ES[e2], ET[e2], function (attr) { return { weight: (attr.weight || 0) + 1 }; });
    }
    var found = M ? LIBS.louvain(simple, { getEdgeWeight: "weight", rng: seeded(7) }) : {};
    var byId = {};
    for (n = 0; n < N; n++) {
      var c = found[n] === undefined ? -1 - n : found[n];
      if (!byId[c]) byId[c] = { members: [] };
      byId[c].members.push(n);
    }
    CLUSTERS = Object.keys(byId).map(function (k2) { return byId[k2]; });
    CLUSTERS.forEach(function (c2) { c2.members.sort(function (a, b) { return SIZE[b] - SIZE[a] || DEG[b] - DEG[a] || a - b; }); });
    CLUSTERS.sort(function (a, b) { return b.members.length - a.members.length || a.members[0] - b.members[0]; });
    CLUSTERS.forEach(function (c2, ci) {
      c2.id = ci;
      c2.members.forEach(function (m) { COMMUNITY[m] = ci; });
      var top = c2.members.filter(function (m) { return NAMED[TYPES[T[m]].label]; }).slice(0, 2);
      if (!top.length) top = c2.members.slice(0, 1);
      c2.name = top.map(function (m) { return NODES[m].n.length > 30 ? NODES[m].n.slice(0, 28) + "\u2026" : NODES[m].n; }).join(", ");
    });
  })();
  function seeded(seed) {  // a fixed seed: the same file gives the same picture
    var s = seed >>> 0;
    return function () { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; };
  }

  // Initial positions: communities, biggest first, on a sunflower spiral, each a disc whose
  // area follows its size, its members on a smaller spiral (best linked at the centre).
  var graph = new LIBS.Graph({ type: "directed", multi: true, allowSelfLoops: true });
  (function initialPositions() {
    var golden = Math.PI * (3 - Math.sqrt(5)), spacing = 10, area = 0;
    CLUSTERS.forEach(function (c, k) {
      var size = c.members.length, radius = k ? spacing * 1.25 * Math.sqrt(area + size / 2) : 0, angle = k * golden;
      area += size;
      var cx = radius * Math.cos(angle), cy = radius * Math.sin(angle);
      c.members.forEach(function (m, j) {
        var r = spacing * Math.sqrt(j + 0.5) * 0.8, a = j * golden;
        graph.addNode(m, {
          x: cx + r * Math.cos(a), y: cy + r * Math.sin(a), size: SIZE[m], color: TYPES[T[m]].color,
          label: NODES[m].n.length > 42 ? NODES[m].n.slice(0, 40) + "\u2026" : NODES[m].n,
        });
      });
    });
    for (var e3 = 0; e3 < M; e3++) graph.addEdgeWithKey(e3, ES[e3], ET[e3], { size: 0.6 });
  })();

  // ---------------------------------------------------------------- renderer
  var selectedNode = -1, selectedEdge = -1, showLabels = true;
  var typeOn = TYPES.map(function () { return true; });
  var outletOn = OUTLETS.map(function () { return true; });
  var allOutlets = true, gradeMax = 0, keepUngraded = true;
  var focusNodes = new Uint8Array(N);
  function key(n) { return String(n); }
  var renderer = new LIBS.Sigma(graph, stage, {
    allowInvalidContainer: true,
    enableEdgeEvents: true,
    defaultEdgeColor: M > 4000 ? "rgba(110,118,135,0.16)" : "rgba(110,118,135,0.4)",
    labelFont: "system-ui, sans-serif",
    labelSize: 12,
    labelColor: { color: "#1d2330" },
    labelDensity: 0.6,
    labelGridCellSize: 120,
    labelRenderedSizeThreshold: 7,
    hideEdgesOnMove: M > 20000,
    zIndex: true,
    minCameraRatio: 0.01,
    maxCameraRatio: 4,
    nodeReducer: function (node, data) {
      var n = +node, out = Object.assign({}, data);
      if (!visible[n]) { out.hidden = true; return out; }
      if (!showLabels) out.label = "";
      if (hits[n]) { out.highlighted = true; out.forceLabel = true; out.zIndex = 2; }
      if (selectedNode >= 0 || selectedEdge >= 0) {
        // Neighbours stay in colour; named ones always labelled, records (claims...) where room is.
        if (focusNodes[n]) { out.forceLabel = showLabels && !!NAMED[TYPES[T[n]].label]; out.zIndex = 3; } else { out.color = "#d5d9e1"; out.label = ""; out.zIndex = 0; }
      }
      if (n === selectedNode) { out.highlighted = true; out.forceLabel = true; out.zIndex = 4; }
      return out;
    },
    edgeReducer: function (edge, data) {
      var e2 = +edge, out = Object.assign({}, data);
      if (selectedNode >= 0 || selectedEdge >= 0) {
        if (e2 === selectedEdge || ES[e2] === selectedNode || ET[e2] === selectedNode) {
          out.color = "#2b3245"; out.size = 1.8; out.type = "arrow"; out.zIndex = 2;
        } else {
          out.color = "rgba(110,118,135,0.08)";
        }
      }
      return out;
    },
  });
  var camera = renderer.getCamera();
  function redraw() { renderer.refresh(); }
  function relayoutContainer() { renderer.resize(); renderer.refresh(); }

  // ---------------------------------------------------------------- layout (ForceAtlas2 in a worker)
  // The worker lays out a copy of the graph; the drawn graph takes its positions every 3 s
  // (10 s above 10,000 nodes)
  // (redrawing at each step takes the CPU from the layout where WebGL is slow, e.g. software
  // rendering, whose cost the page cannot see: the drawing runs in the GPU process).
  // A fixed number of iterations, fewer for big graphs (the start positions are already
  // grouped), within a time budget (on a slow machine a big graph stops early: "re-run layout"
  // continues from there).
  var TARGET = N > 10000 ? 100 : N > 2000 ? 150 : 300, BUDGET_MS = 30000, SYNC_MS = N > 10000 ? 10000 : 3000;
  var iterations = 0, layoutRunning = false, layoutStartedAt = 0, layoutMs = 0, layoutDoneAt = null, firstDrawMs = null;
  var lastSync = 0;
  // Links inside a community pull twenty times harder than links between communities, so the
  // communities stay apart as clusters (the overview) while every link is still drawn.
  var layoutGraph = graph.copy();
  layoutGraph.updateEachEdgeAttributes(function (edge, attr, source, target) {
    attr.weight = COMMUNITY[+source] === COMMUNITY[+target] ? 1 : 0.05;
    return attr;
  });
  var settings = LIBS.forceAtlas2.inferSettings(layoutGraph);
  settings.barnesHutOptimize = N > 800;
  settings.barnesHutTheta = 1;  // coarser than the default 0.5, two to three times faster
  settings.linLogMode = true;  // tighter clusters
  var layout = N > 1 ? new LIBS.FA2Layout(layoutGraph, { settings: settings }) : null;
  layoutGraph.on("eachNodeAttributesUpdated", function () {
    if (!layoutRunning) return;
    iterations++;
    if (iterations >= TARGET || performance.now() - layoutStartedAt > BUDGET_MS) stopLayout();
    else if (performance.now() - lastSync > SYNC_MS) syncPositions();
  });
  function syncPositions() {
    lastSync = performance.now();
    graph.updateEachNodeAttributes(function (node, attr) {
      var l = layoutGraph.getNodeAttributes(node);
      attr.x = l.x; attr.y = l.y;
      return attr;
    }, { attributes: ["x", "y"] });
  }
  function startLayout() {
    if (!layout) { layoutDoneAt = performance.now() - started; return; }
    iterations = 0; layoutRunning = true; layoutStartedAt = lastSync = performance.now();
    layout.start();
  }
  function stopLayout() {
    layout.stop();
    layoutRunning = false;
    syncPositions();
    layoutMs = performance.now() - layoutStartedAt;
    if (!userMoved) camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    finishing = true;
    renderer.refresh();  // the layout is done once the final positions are drawn (afterRender)
  }
  var finishing = false;
  var userMoved = false;
  camera.on("updated", placeClusterLabels);

  // ---------------------------------------------------------------- community labels
  // The biggest communities (at least 1 in 400 nodes, at most 40) get a label at their centre,
  // shown while the view is zoomed out; a click zooms onto the community.
  var OVERVIEW_RATIO = 0.35;
  var LABELLED = CLUSTERS.filter(function (c) { return c.members.length >= Math.max(6, N / 400); }).slice(0, 40);
  if (N < 300) LABELLED = [];
  LABELLED.forEach(function (c) {
    var b = el("button", "cluster", c.name);
    add(b, el("span", "n", c.members.length));
    b.type = "button";
    b.hidden = true;  // until placed
    b.title = c.members.length + " nodes: click to zoom in";
    b.addEventListener("click", function () { zoomToCluster(c); });
    c.button = b;
    clusterLayer.appendChild(b);
  });
  function updateClusters() {
    LABELLED.forEach(function (c) {
      var sx = 0, sy = 0, count = 0, xs = [], ys = [];
      c.members.forEach(function (m) {
        if (!visible[m]) return;
        var d = renderer.getNodeDisplayData(key(m));
        if (!d) return;
        sx += d.x; sy += d.y; count++; xs.push(d.x); ys.push(d.y);
      });
      c.visibleCount = count;
      if (!count) return;
      c.x = sx / count; c.y = sy / count;
      xs.sort(function (a, b) { return a - b; }); ys.sort(function (a, b) { return a - b; });
      var lo = Math.floor(count * 0.05), hi = Math.max(lo, Math.ceil(count * 0.95) - 1);
      c.extent = Math.max(xs[hi] - xs[lo], ys[hi] - ys[lo], 0.01);
    });
    placeClusterLabels();
  }
  function placeClusterLabels() {
    var overview = camera.ratio > OVERVIEW_RATIO && !(selectedNode >= 0 || selectedEdge >= 0);
    clusterLayer.hidden = !overview || !LABELLED.length;
    if (clusterLayer.hidden) return;
    var taken = [];
    LABELLED.forEach(function (c) {
      if (!c.visibleCount || c.x === undefined) { c.button.hidden = true; return; }
      var p = renderer.framedGraphToViewport({ x: c.x, y: c.y });
      if (!isFinite(p.x) || !isFinite(p.y)) { c.button.hidden = true; return; }
      var w = c.button.offsetWidth || 120, h = 20, x = p.x - w / 2, y = p.y - h / 2;
      var clash = taken.some(function (r) { return x < r[0] + r[2] && r[0] < x + w && y < r[1] + r[3] && r[1] < y + h; });
      c.button.hidden = clash;
      if (clash) return;
      taken.push([x, y, w, h]);
      c.button.style.transform = "translate(" + Math.round(x) + "px," + Math.round(y) + "px)";
    });
  }
  function zoomToCluster(c) {
    userMoved = true;
    var ratio = Math.max(0.02, Math.min(OVERVIEW_RATIO * 0.8, 1.3 * c.extent));  // past the overview
    camera.animate({ x: c.x, y: c.y, ratio: ratio }, { duration: 300 });
  }

  // ---------------------------------------------------------------- pointer
  var dragging = null, dragMoved = false;
  renderer.on("clickNode", function (ev) { if (!dragMoved) select(+ev.node); });
  renderer.on("clickEdge", function (ev) { selectEdge(+ev.edge); });
  renderer.on("clickStage", function () { if (selectedNode >= 0 || selectedEdge >= 0) select(-1); });
  renderer.on("enterNode", function (ev) { stage.title = NODES[+ev.node].n + " (" + TYPES[T[+ev.node]].label + ")"; });
  renderer.on("leaveNode", function () { stage.title = ""; });
  renderer.on("downNode", function (ev) { dragging = ev.node; dragMoved = false; });
  renderer.getMouseCaptor().on("mousemovebody", function (ev) {
    if (dragging === null) return;
    var p = renderer.viewportToGraph(ev);
    graph.mergeNodeAttributes(dragging, { x: p.x, y: p.y });
    layoutGraph.mergeNodeAttributes(dragging, { x: p.x, y: p.y, fixed: true });
    dragMoved = true; userMoved = true;
    ev.preventSigmaDefault();
    ev.original.preventDefault(); ev.original.stopPropagation();
  });
  renderer.getMouseCaptor().on("mouseup", function () { dragging = null; });
  renderer.getMouseCaptor().on("mousedown", function () { if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox()); });
  renderer.getMouseCaptor().on("wheel", function () { userMoved = true; });
  var renders = 0;
  renderer.on("afterRender", function () {
    renders++;
    if (finishing) {
      finishing = false;
      updateClusters();
      layoutDoneAt = performance.now() - started;
    }
    if (firstDrawMs === null) firstDrawMs = performance.now() - started;
    status.textContent = layoutRunning
      ? "layout " + iterations + "/" + TARGET + " (ForceAtlas2, in a worker)"
      : "layout " + iterations + " iterations, " + layoutMs.toFixed(0) + " ms \u00b7 " + CLUSTERS.length + " communities";
    if (layoutRunning && iterations % 10 === 0) updateClusters(); else if (layoutRunning) placeClusterLabels();
  });
  window.addEventListener("resize", function () { relayoutContainer(); placeClusterLabels(); });
  // ---------------------------------------------------------------- filters
  function gradeOk(n) {
    if (!gradeMax || !GRADED[TYPES[T[n]].label]) return true;
    var g = NODES[n].g;
    return g === null || g === undefined ? keepUngraded : g <= gradeMax;
  }
  function outletOk(n) {
    if (allOutlets) return true;
    var o = NODES[n].o;
    for (var j = 0; j < o.length; j++) if (outletOn[o[j]]) return true;
    return false;
  }
  function applyFilters() {
    allOutlets = outletOn.every(Boolean);
    var shown = 0, shownEdges = 0;
    for (var n = 0; n < N; n++) {
      visible[n] = typeOn[T[n]] && outletOk(n) && gradeOk(n) ? 1 : 0;
      shown += visible[n];
    }
    for (var e = 0; e < M; e++) if (visible[ES[e]] && visible[ET[e]]) shownEdges++;
    counts.textContent = shown + " of " + N + " nodes \u00b7 " + shownEdges + " of " + M + " edges";
    counts.dataset.visible = String(shown);
    redraw();
    updateClusters();
  }

  function swatch(type, size) {
    var c = el("span", "swatch");
    c.style.width = c.style.height = size + "px";
    c.style.background = type.color;
    return c;
  }

  (function buildFilters() {
    add(filters, el("h2", null, "Types"));
    var legend = add(filters, el("div", "legend")).lastChild;
    TYPES.forEach(function (type, ti) {
      var label = el("label"), box = el("input");
      box.type = "checkbox"; box.checked = true;
      box.addEventListener("change", function () { typeOn[ti] = box.checked; applyFilters(); });
      add(label, box, swatch(type, 14), el("span", null, type.label), el("span", "n", type.count));
      legend.appendChild(label);
    });
    if (OUTLETS.length) {
      add(filters, el("h2", null, "Outlets"));
      var row = el("div", "row"), allB = el("button", null, "all"), noneB = el("button", null, "none");
      add(row, allB, noneB);
      filters.appendChild(row);
      var list = add(filters, el("div", "outlets")).lastChild;
      var outletCount = OUTLETS.map(function () { return 0; });
      ARTICLES.forEach(function (a) { if (a.o !== null && a.o !== undefined) outletCount[a.o]++; });
      var boxes = OUTLETS.map(function (name, oi) {
        var label = el("label"), box = el("input");
        box.type = "checkbox"; box.checked = true;
        box.addEventListener("change", function () { outletOn[oi] = box.checked; applyFilters(); });
        add(label, box, el("span", null, name), el("span", "n", outletCount[oi]));
        list.appendChild(label);
        return box;
      });
      function setAll(v) { boxes.forEach(function (b, oi) { b.checked = v; outletOn[oi] = v; }); applyFilters(); }
      allB.addEventListener("click", function () { setAll(true); });
      noneB.addEventListener("click", function () { setAll(false); });
    }
    add(filters, el("h2", null, "Credibility (Admiralty)"));
    var sel = el("select");
    [["0", "any grade"], ["1", "1 confirmed"], ["2", "1\u20132 probably true or better"], ["3", "1\u20133 possibly true or better"],
     ["4", "1\u20134"], ["5", "1\u20135"]].forEach(function (o) {
      var opt = el("option", null, o[1]); opt.value = o[0]; sel.appendChild(opt);
    });
    sel.addEventListener("change", function () { gradeMax = parseInt(sel.value, 10); applyFilters(); });
    filters.appendChild(sel);
    var keep = el("label"), keepBox = el("input");
    keepBox.type = "checkbox"; keepBox.checked = true;
    keepBox.addEventListener("change", function () { keepUngraded = keepBox.checked; applyFilters(); });
    add(keep, keepBox, " keep ungraded claims and facts");
    keep.className = "row";
    filters.appendChild(keep);
    add(filters, el("h2", null, "View"));
    var row2 = el("div", "row"), fitB = el("button", null, "fit"), labelsB = el("button", null, "labels"), relayout = el("button", null, "re-run layout");
    fitB.addEventListener("click", fit);
    labelsB.addEventListener("click", function () { showLabels = !showLabels; redraw(); });
    relayout.addEventListener("click", function () {
      if (layoutRunning) return;
      renderer.setCustomBBox(null); userMoved = false;
      layoutGraph.forEachNode(function (node) { layoutGraph.removeNodeAttribute(node, "fixed"); });
      startLayout();
    });
    add(row2, fitB, labelsB, relayout);
    filters.appendChild(row2);
    var hidden = Object.keys(DATA.hidden || {}).map(function (l) { return DATA.hidden[l] + " " + l; }).join(", ");
    add(filters, el("p", "hint", "Drag to pan, wheel to zoom, drag a node to move it, click a node or an edge for its claims and sources; " +
      "zoomed out, a label names each large community (click it to zoom in). " +
      (hidden ? "Not drawn: " + hidden + " (mentions are MENTIONS edges from articles)." : "")));
  })();

  // ---------------------------------------------------------------- panel
  function nodeButton(n) {
    var b = el("button", "linkish", NODES[n].n);
    b.type = "button";
    b.addEventListener("click", function () { select(n, true); });
    return b;
  }
  function articleLine(ai) {
    var a = ARTICLES[ai], line = el("div", "source"), url = safeUrl(a.url);
    var t = a.title || a.id;
    if (url) {
      var link = el("a", null, t);
      link.href = url; link.target = "_blank"; link.rel = "noopener noreferrer nofollow";
      line.appendChild(link);
    } else {
      line.appendChild(a.node !== null && a.node !== undefined ? nodeButton(a.node) : el("span", null, t));
    }
    add(line, " \u2014 " + [a.outlet, a.published].filter(Boolean).join(", "));
    if (!url && a.url) add(line, " ", el("span", "badge warn", "non-web URL: " + a.url));
    return line;
  }
  function claimCard(ci) {
    var c = CLAIMS[ci], card = el("div", "claim" + (c.stance === "denial" ? " denial" : ""));
    card.appendChild(el("blockquote", null, c.text));
    if (c.sentence) card.appendChild(el("div", "sentence", "in: " + c.sentence));
    var meta = el("div", "meta");
    if (c.kind) meta.appendChild(el("span", "badge", c.kind));
    if (c.date) meta.appendChild(el("span", "badge", c.date));
    if (c.grade !== null && c.grade !== undefined) meta.appendChild(el("span", "badge g" + c.grade, "credibility " + c.grade));
    if (c.stance) meta.appendChild(el("span", "badge warn", c.stance));
    if (c.hedged) meta.appendChild(el("span", "badge", "hedged"));
    if (c.negated) meta.appendChild(el("span", "badge", "negated"));
    card.appendChild(meta);
    var chain = el("div", "chain");
    add(chain, "Attribution: ");
    if (!c.chain.length) add(chain, el("span", null, "none given (the outlet's own statement)"));
    c.chain.forEach(function (link, j) {
      if (j) add(chain, " \u2190 ");
      add(chain, link[2] >= 0 ? nodeButton(link[2]) : el("span", null, link[0]));
      if (link[1]) add(chain, el("span", null, " (" + link[1] + ")"));
    });
    if (c.chain.length > 1) add(chain, el("span", null, " \u2014 origin: " + c.chain[c.chain.length - 1][0]));
    card.appendChild(chain);
    if (c.article >= 0) card.appendChild(articleLine(c.article));
    if (c.node !== null && c.node !== undefined && c.node !== selectedNode) {
      var open = el("button", "linkish", "show this claim in the graph");
      open.type = "button";
      open.addEventListener("click", function () { select(c.node, true); });
      card.appendChild(add(el("div", "meta"), open));
    }
    return card;
  }
  function section(titleText, items, render, limit) {
    if (!items || !items.length) return;
    panel.appendChild(el("h3", null, titleText + " (" + items.length + ")"));
    var box = el("div");
    panel.appendChild(box);
    var shown = 0;
    function more() {
      var next = Math.min(items.length, shown + (limit || 25));
      for (; shown < next; shown++) box.appendChild(render(items[shown]));
      if (shown < items.length) {
        var b = el("button", "more", "show " + Math.min(items.length - shown, limit || 25) + " more of " + (items.length - shown));
        b.addEventListener("click", function () { b.remove(); more(); });
        box.appendChild(b);
      }
    }
    more();
  }
  function propsList(props) {
    var keys = Object.keys(props || {});
    if (!keys.length) return null;
    var dl = el("dl");
    keys.forEach(function (key) { add(dl, el("dt", null, key), el("dd", null, props[key])); });
    return dl;
  }
  function panelHeader(kindText, colourType, name) {
    panel.replaceChildren();
    var close = el("button", "close", "\u00d7");
    close.setAttribute("aria-label", "Close");
    close.addEventListener("click", function () { select(-1); });
    var kind = el("div", "kind");
    if (colourType) kind.appendChild(swatch(colourType, 12));
    add(kind, kindText);
    add(panel, close, kind, el("h2", null, name));
  }
  function showNode(n) {
    var node = NODES[n], type = TYPES[node.t];
    panelHeader(type.label, type, node.n);
    if (node.a && node.a.length) panel.appendChild(el("div", "meta", "also: " + node.a.join(", ")));
    var props = propsList(node.p);
    if (props) { panel.appendChild(el("h3", null, "Properties")); panel.appendChild(props); }
    var about = type.label === "Article" ? "Claims in this article" : type.label === "Claim" ? "Claim"
      : GRADED[type.label] || type.label === "Figure" ? "Supporting claims" : "Claims about it";
    section(about, node.c, claimCard, 20);
    section("Claims it is cited for", node.s, claimCard, 20);
    section("Articles", node.ar, articleLine, 30);
    var neighbours = adj[n].map(function (e) { return e; });
    section("Links", neighbours, function (e) {
      var line = el("div", "source"), other = ES[e] === n ? ET[e] : ES[e];
      var rel = el("button", "linkish", RELS[EDGES[e].r]);
      rel.type = "button";
      rel.addEventListener("click", function () { selectEdge(e); });
      add(line, ES[e] === n ? "\u2192 " : "\u2190 ", rel, " ", nodeButton(other), el("span", null, " (" + TYPES[T[other]].label + ")"));
      return line;
    }, 30);
  }
  function showEdge(e) {
    var edge = EDGES[e];
    panelHeader("relationship", null, RELS[edge.r]);
    var ends = el("div", "source");
    add(ends, nodeButton(edge.s), " \u2192 ", nodeButton(edge.t));
    panel.appendChild(ends);
    var props = propsList(edge.p);
    if (props) { panel.appendChild(el("h3", null, "Properties")); panel.appendChild(props); }
    section("Claims stating it", edge.c, claimCard, 20);
    section("Mention sentences", edge.m, function (s) { return el("div", "claim", s); }, 20);
  }
  function setFocus() {
    focusNodes.fill(0);
    if (selectedNode >= 0) {
      focusNodes[selectedNode] = 1;
      adj[selectedNode].forEach(function (e2) { focusNodes[ES[e2]] = 1; focusNodes[ET[e2]] = 1; });
    }
    if (selectedEdge >= 0) { focusNodes[ES[selectedEdge]] = 1; focusNodes[ET[selectedEdge]] = 1; }
  }
  function openPanel() {
    var wasOpen = document.body.classList.contains("with-panel");
    document.body.classList.add("with-panel");
    if (!wasOpen) relayoutContainer();
  }
  function select(n, center) {
    selectedNode = n; selectedEdge = -1;
    setFocus();
    if (n < 0) {
      document.body.classList.remove("with-panel");
      relayoutContainer(); placeClusterLabels();
      return;
    }
    showNode(n);
    openPanel();
    if (center) centreOn(n);
    redraw(); placeClusterLabels();
  }
  function selectEdge(e) {
    selectedEdge = e; selectedNode = -1;
    setFocus();
    showEdge(e);
    openPanel();
    redraw(); placeClusterLabels();
  }
  function centreOn(n) {
    var d = renderer.getNodeDisplayData(key(n));
    if (!d) return;
    userMoved = true;
    if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
    camera.setState({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, N > 300 ? 0.15 : 0.6) });
  }
  function fit() {
    userMoved = false;
    renderer.setCustomBBox(null);
    camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    redraw();
  }

  // ---------------------------------------------------------------- search
  // An entity (vessel, person, port...) named exactly so comes first, then by alias, then
  // entities whose name or alias starts so, then one of whose words does; articles and
  // claims whose text holds the words come after every entity match; ties by links.
  function rank(n, q) {
    var node = NODES[n], entity = TYPES[T[n]].entity, name = node.n.toLowerCase();
    var aliases = node.a.map(function (a) { return a.toLowerCase(); });
    var names = [name].concat(aliases);
    function starts(s) { return s.indexOf(q) === 0; }
    function wordStarts(s) { return s.indexOf(" " + q) >= 0 || s.indexOf("-" + q) >= 0; }
    var base = entity ? 0 : 5;
    if (name === q) return base;
    if (aliases.indexOf(q) >= 0) return base + 1;
    if (names.some(starts)) return base + 2;
    if (names.some(wordStarts)) return base + 3;
    if (names.some(function (s) { return s.indexOf(q) >= 0; })) return base + 4;
    return -1;
  }
  function matches(q) {
    var out = [], ranks = new Int8Array(N);
    if (!q) return out;
    for (var n = 0; n < N; n++) {
      ranks[n] = rank(n, q);
      if (ranks[n] >= 0) out.push(n);
    }
    out.sort(function (a, b) { return ranks[a] - ranks[b] || DEG[b] - DEG[a] || a - b; });
    return out;
  }
  function runSearch() {
    var q = search.value.trim().toLowerCase(), found = matches(q);
    hits.fill(0);
    found.slice(0, 200).forEach(function (n) { hits[n] = 1; });
    hitCount = found.length;
    results.replaceChildren();
    results.hidden = !q;
    if (q && !found.length) results.appendChild(el("div", "empty", "no match"));
    found.slice(0, 30).forEach(function (n) {
      var b = el("button");
      b.type = "button";
      add(b, swatch(TYPES[T[n]], 12), el("span", null, NODES[n].n), el("span", "n", TYPES[T[n]].label));
      b.addEventListener("click", function () { results.hidden = true; select(n, true); });
      results.appendChild(b);
    });
    if (found.length > 30) results.appendChild(el("div", "empty", (found.length - 30) + " more: refine the search"));
    redraw();
    return found;
  }
  var searchTimer = null;
  search.addEventListener("input", function () { clearTimeout(searchTimer); searchTimer = setTimeout(runSearch, 120); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      clearTimeout(searchTimer);
      var found = runSearch();
      if (found.length) { results.hidden = true; select(found[0], true); }
    }
    if (ev.key === "Escape") { search.value = ""; runSearch(); }
  });

  // ---------------------------------------------------------------- hooks (tests, automation)
  function find(nameOrId) {
    var q = String(nameOrId).toLowerCase();
    for (var n = 0; n < N; n++) if (NODES[n].id === nameOrId) return n;
    for (n = 0; n < N; n++) if (NODES[n].n.toLowerCase() === q) return n;
    for (n = 0; n < N; n++) if (NODES[n].a.some(function (a) { return a.toLowerCase() === q; })) return n;
    return -1;
  }
  function drawnLabels() {
    return Array.from(renderer.displayedNodeLabels || []).map(function (node) {
      return { name: NODES[+node].n, type: TYPES[T[+node]].label, links: DEG[+node] };
    });
  }
  window.osintGraph = Object.freeze({
    nodeCount: function () { return N; },
    edgeCount: function () { return M; },
    renderedNodeCount: function () { return graph.order; },
    visibleNodeCount: function () { var c = 0; for (var n = 0; n < N; n++) c += visible[n]; return c; },
    layoutDone: function () { return layoutDoneAt !== null && !layoutRunning; },
    screenPosition: function (nameOrId) {
      var n = find(nameOrId);
      if (n < 0 || !visible[n]) return null;
      var d = renderer.getNodeDisplayData(key(n)), box = stage.getBoundingClientRect();
      if (!d) return null;
      var p = renderer.framedGraphToViewport(d);
      return { x: box.left + p.x, y: box.top + p.y, radius: renderer.scaleSize(d.size) };
    },
    // Moves the camera onto a node without selecting it (a test then clicks it where it is
    // drawn large and in the middle, whatever else the layout put near it).
    centre: function (nameOrId) { var n = find(nameOrId); if (n >= 0 && visible[n]) centreOn(n); return n >= 0 && Boolean(visible[n]); },
    select: function (nameOrId) { var n = find(nameOrId); if (n >= 0) select(n, true); return n >= 0; },
    selected: function () { return selectedNode >= 0 ? NODES[selectedNode].id : null; },
    fit: fit,
    labels: drawnLabels,
    communities: function () {
      return CLUSTERS.map(function (c) { return { name: c.name, size: c.members.length }; });
    },
    communityLabels: function () {
      return LABELLED.filter(function (c) { return !clusterLayer.hidden && !c.button.hidden; }).map(function (c) {
        var r = c.button.getBoundingClientRect();
        return { name: c.name, size: c.members.length, x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
    },
    stats: function () {
      return { nodes: N, edges: M, iterations: iterations, layoutMs: layoutMs, layoutDoneMs: layoutDoneAt,
               firstDrawMs: firstDrawMs, renders: renders, communities: CLUSTERS.length, labelledCommunities: LABELLED.length,
               renderer: "sigma.js (WebGL)" };
    },
    redrawMs: function () { var t0 = performance.now(); renderer.refresh(); return performance.now() - t0; }
  });

  for (i = 0; i < N; i++) visible[i] = 1;
  applyFilters();
  startLayout();
})();
