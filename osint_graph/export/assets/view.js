/* osint-graph HTML view: canvas graph, filters, search and a provenance panel.
 * No library, no network.  Every piece of data is rendered with textContent or
 * canvas fillText, never parsed as HTML.  A bounded force layout (link springs,
 * grid-limited repulsion, weak gravity) runs a fixed number of iterations. */
(function () {
  "use strict";
  var started = performance.now();
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
  var canvas = el("canvas");
  var status = el("div", "status");
  add(main, canvas, status);
  var panel = el("section", "panel");
  panel.setAttribute("aria-live", "polite");
  add(document.body, header, filters, main, panel);

  // ---------------------------------------------------------------- graph arrays
  var X = new Float64Array(N), Y = new Float64Array(N), VX = new Float64Array(N), VY = new Float64Array(N);
  var DEG = new Int32Array(N), R = new Float32Array(N), T = new Int16Array(N);
  var ES = new Int32Array(M), ET = new Int32Array(M);
  var visible = new Uint8Array(N), pinned = new Uint8Array(N);
  var adj = [];
  for (var i = 0; i < N; i++) { adj.push([]); T[i] = NODES[i].t; }
  for (var e = 0; e < M; e++) {
    ES[e] = EDGES[e].s; ET[e] = EDGES[e].t;
    DEG[ES[e]]++; DEG[ET[e]]++;
    adj[ES[e]].push(e); adj[ET[e]].push(e);
  }
  for (i = 0; i < N; i++) R[i] = Math.min(18, 3.5 + 1.5 * Math.sqrt(DEG[i]));
  // Labels: named things first (entities), then by degree; records only when zoomed in.
  var NAMED = {};
  ["Outlet", "Organization", "Person", "Country", "Location", "Port", "Vessel", "Weapon", "Proposition"].forEach(function (t) { NAMED[t] = true; });
  var labelOrder = Array.from({ length: N }, function (_, j) { return j; });
  labelOrder.sort(function (a, b) {
    return (NAMED[TYPES[T[b]].label] ? 1 : 0) - (NAMED[TYPES[T[a]].label] ? 1 : 0) || DEG[b] - DEG[a] || a - b;
  });

  // Initial positions: breadth-first order from the best connected nodes, laid on a
  // sunflower spiral, so that neighbours start close and the layout needs few iterations.
  (function initialPositions() {
    var order = [], seen = new Uint8Array(N);
    var byDegree = Array.from({ length: N }, function (_, k) { return k; });
    byDegree.sort(function (a, b) { return DEG[b] - DEG[a] || a - b; });
    for (var s = 0; s < N; s++) {
      var root = byDegree[s];
      if (seen[root]) continue;
      seen[root] = 1;
      var queue = [root], head = 0;
      while (head < queue.length) {
        var n = queue[head++];
        order.push(n);
        var list = adj[n];
        for (var j = 0; j < list.length; j++) {
          var e2 = list[j], o = ES[e2] === n ? ET[e2] : ES[e2];
          if (!seen[o]) { seen[o] = 1; queue.push(o); }
        }
      }
    }
    var golden = Math.PI * (3 - Math.sqrt(5));
    for (var k = 0; k < order.length; k++) {
      var radius = 12 * Math.sqrt(k + 0.5), angle = k * golden;
      X[order[k]] = radius * Math.cos(angle);
      Y[order[k]] = radius * Math.sin(angle);
    }
  })();

  // ---------------------------------------------------------------- layout
  var LINK_DISTANCE = 45, REPULSION = 110, CELL = 50, SPARSE = 4, GRAVITY = 0.012, DECAY = 0.6, COLLIDE = 0.5;
  var MAX_ITERATIONS = 300, ALPHA_MIN = 0.001;
  var alphaDecay = 1 - Math.pow(ALPHA_MIN, 1 / MAX_ITERATIONS);
  var alpha = 1, iterations = 0, layoutMs = 0, layoutRunning = N > 1, layoutDoneAt = null;
  var linkStrength = new Float64Array(M), linkBias = new Float64Array(M);
  for (e = 0; e < M; e++) {
    var ds = DEG[ES[e]], dt = DEG[ET[e]];
    linkStrength[e] = 1 / Math.max(1, Math.min(ds, dt));
    linkBias[e] = ds / (ds + dt);
  }
  var cellOf = new Int32Array(N), cellNodes = new Int32Array(N), cellStart = null, cellSX = null, cellSY = null;

  function tick() {
    var a = alpha, n, j, e3;
    for (e3 = 0; e3 < M; e3++) {
      var s = ES[e3], t = ET[e3];
      var dx = X[t] + VX[t] - X[s] - VX[s] || 1e-6, dy = Y[t] + VY[t] - Y[s] - VY[s] || 1e-6;
      var l = Math.sqrt(dx * dx + dy * dy);
      l = (l - LINK_DISTANCE) / l * a * linkStrength[e3];
      dx *= l; dy *= l;
      var b = linkBias[e3];
      VX[t] -= dx * b; VY[t] -= dy * b;
      VX[s] += dx * (1 - b); VY[s] += dy * (1 - b);
    }
    // Repulsion through a uniform grid: exact between nodes of the same or of sparse neighbouring
    // cells, from a crowded neighbouring cell as from its centre of mass; nothing beyond two cells.
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (n = 0; n < N; n++) {
      if (X[n] < minX) minX = X[n]; if (X[n] > maxX) maxX = X[n];
      if (Y[n] < minY) minY = Y[n]; if (Y[n] > maxY) maxY = Y[n];
    }
    var size = CELL, cols, rows;
    for (;;) {
      cols = Math.floor((maxX - minX) / size) + 1; rows = Math.floor((maxY - minY) / size) + 1;
      if (cols * rows <= 16 * N + 64) break;
      size *= 1.5;
    }
    var cells = cols * rows;
    if (!cellStart || cellStart.length < cells + 1) {
      cellStart = new Int32Array(cells + 1); cellSX = new Float64Array(cells); cellSY = new Float64Array(cells);
    } else {
      cellStart.fill(0, 0, cells + 1);
    }
    cellSX.fill(0, 0, cells); cellSY.fill(0, 0, cells);
    for (n = 0; n < N; n++) {
      var c0 = Math.floor((Y[n] - minY) / size) * cols + Math.floor((X[n] - minX) / size);
      cellOf[n] = c0;
      cellStart[c0 + 1]++;
      cellSX[c0] += X[n]; cellSY[c0] += Y[n];
    }
    for (j = 0; j < cells; j++) cellStart[j + 1] += cellStart[j];
    var fill = cellStart.slice(0, cells);
    for (n = 0; n < N; n++) cellNodes[fill[cellOf[n]]++] = n;
    var k = -REPULSION * a, reach = 2.5 * size, reach2 = reach * reach;
    for (n = 0; n < N; n++) {
      var c = cellOf[n], ccx = c % cols, ccy = (c - ccx) / cols, fx = 0, fy = 0;
      for (var oy = -2; oy <= 2; oy++) {
        var yy = ccy + oy;
        if (yy < 0 || yy >= rows) continue;
        for (var ox = -2; ox <= 2; ox++) {
          var xx = ccx + ox;
          if (xx < 0 || xx >= cols) continue;
          var cell = yy * cols + xx, first = cellStart[cell], count = cellStart[cell + 1] - first;
          if (!count) continue;
          var ddx, ddy, d2, w;
          if (cell !== c && count > SPARSE) {
            ddx = cellSX[cell] / count - X[n]; ddy = cellSY[cell] / count - Y[n]; d2 = ddx * ddx + ddy * ddy;
            if (d2 >= reach2) continue;
            if (d2 < 1) d2 = 1;
            w = k * count / d2;
            fx += ddx * w; fy += ddy * w;
            continue;
          }
          for (var q = first; q < first + count; q++) {
            var m = cellNodes[q];
            if (m === n) continue;
            ddx = X[m] - X[n]; ddy = Y[m] - Y[n]; d2 = ddx * ddx + ddy * ddy;
            if (d2 >= reach2) continue;
            if (d2 < 1) { ddx = (n - m) * 0.01 + 0.1; ddy = 0.1; d2 = 1; }
            w = k / d2;
            var gap = R[n] + R[m] + 8;
            if (d2 < gap * gap) w -= COLLIDE * (gap - Math.sqrt(d2)) / Math.sqrt(d2);
            fx += ddx * w; fy += ddy * w;
          }
        }
      }
      VX[n] += fx; VY[n] += fy;
    }
    for (n = 0; n < N; n++) {
      VX[n] -= X[n] * GRAVITY * a; VY[n] -= Y[n] * GRAVITY * a;
      if (pinned[n]) { VX[n] = VY[n] = 0; continue; }
      VX[n] *= DECAY; VY[n] *= DECAY;
      X[n] += VX[n]; Y[n] += VY[n];
    }
    alpha += (0 - alpha) * alphaDecay;
    iterations++;
  }

  // ---------------------------------------------------------------- view state
  var ctx = canvas.getContext("2d");
  var dpr = window.devicePixelRatio || 1;
  var W = 1, H = 1, k = 1, tx = 0, ty = 0, userMoved = false;
  var selectedNode = -1, selectedEdge = -1, hoverNode = -1;
  var hits = new Uint8Array(N), hitCount = 0;
  var firstDrawMs = null, lastDrawMs = 0, lastDrawAt = 0, drawPending = false;
  var typeOn = TYPES.map(function () { return true; });
  var outletOn = OUTLETS.map(function () { return true; });
  var allOutlets = true, gradeMax = 0, keepUngraded = true, showLabels = true;

  function resize() {
    var box = main.getBoundingClientRect();
    dpr = window.devicePixelRatio || 1;
    W = Math.max(1, box.width); H = Math.max(1, box.height);
    canvas.width = Math.round(W * dpr); canvas.height = Math.round(H * dpr);
    if (!userMoved) fit();
    requestDraw();
  }
  function fit() {
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, any = false;
    for (var n = 0; n < N; n++) {
      if (!visible[n]) continue;
      any = true;
      if (X[n] < minX) minX = X[n]; if (X[n] > maxX) maxX = X[n];
      if (Y[n] < minY) minY = Y[n]; if (Y[n] > maxY) maxY = Y[n];
    }
    if (!any) { k = 1; tx = W / 2; ty = H / 2; return; }
    var pad = 40, w = Math.max(maxX - minX, 1), h = Math.max(maxY - minY, 1);
    k = Math.min((W - 2 * pad) / w, (H - 2 * pad) / h, 3);
    tx = W / 2 - k * (minX + maxX) / 2; ty = H / 2 - k * (minY + maxY) / 2;
  }

  // ---------------------------------------------------------------- drawing
  function shapePath(c, shape, x, y, r) {
    var j, a;
    switch (shape) {
      case "square": c.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7); break;
      case "diamond": c.moveTo(x, y - r); c.lineTo(x + r, y); c.lineTo(x, y + r); c.lineTo(x - r, y); c.closePath(); break;
      case "triangle": c.moveTo(x, y - r); c.lineTo(x + r * 0.95, y + r * 0.7); c.lineTo(x - r * 0.95, y + r * 0.7); c.closePath(); break;
      case "triangleDown": c.moveTo(x, y + r); c.lineTo(x + r * 0.95, y - r * 0.7); c.lineTo(x - r * 0.95, y - r * 0.7); c.closePath(); break;
      case "hexagon": case "pentagon":
        var sides = shape === "hexagon" ? 6 : 5;
        for (j = 0; j < sides; j++) {
          a = -Math.PI / 2 + j * 2 * Math.PI / sides;
          if (j === 0) c.moveTo(x + r * Math.cos(a), y + r * Math.sin(a)); else c.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
        }
        c.closePath(); break;
      case "star":
        for (j = 0; j < 10; j++) {
          a = -Math.PI / 2 + j * Math.PI / 5;
          var rr = j % 2 ? r * 0.5 : r * 1.15;
          if (j === 0) c.moveTo(x + rr * Math.cos(a), y + rr * Math.sin(a)); else c.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
        }
        c.closePath(); break;
      case "cross":
        var u = r * 0.38;
        c.moveTo(x - u, y - r); c.lineTo(x + u, y - r); c.lineTo(x + u, y - u); c.lineTo(x + r, y - u); c.lineTo(x + r, y + u);
        c.lineTo(x + u, y + u); c.lineTo(x + u, y + r); c.lineTo(x - u, y + r); c.lineTo(x - u, y + u); c.lineTo(x - r, y + u);
        c.lineTo(x - r, y - u); c.lineTo(x - u, y - u); c.closePath(); break;
      default: c.moveTo(x + r, y); c.arc(x, y, r, 0, 2 * Math.PI);
    }
  }

  function requestDraw() {
    if (drawPending) return;
    drawPending = true;
    requestAnimationFrame(frame);
  }

  function frame() {
    drawPending = false;
    if (layoutRunning) {
      // Big graphs: more layout per frame and fewer redraws while it runs.
      var t0 = performance.now(), budget = N > 2000 ? 60 : 14;
      do { tick(); } while (performance.now() - t0 < budget && alpha > ALPHA_MIN && iterations < MAX_ITERATIONS);
      layoutMs += performance.now() - t0;
      if (alpha <= ALPHA_MIN || iterations >= MAX_ITERATIONS) {
        layoutRunning = false;
        layoutDoneAt = performance.now() - started;
      }
      if (!userMoved) fit();
      if (layoutRunning && N > 2000 && performance.now() - lastDrawAt < 500) { requestDraw(); return; }
    }
    draw();
    lastDrawAt = performance.now();
    if (layoutRunning) requestDraw();
  }

  function draw() {
    var t0 = performance.now();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, W, H);
    var x0 = -tx / k, y0 = -ty / k, x1 = (W - tx) / k, y1 = (H - ty) / k, margin = 20 / k;
    ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * tx, dpr * ty);
    // Edges, one path.
    ctx.lineWidth = 0.8 / k;
    ctx.strokeStyle = M > 4000 ? "rgba(110,118,135,0.22)" : "rgba(110,118,135,0.4)";
    ctx.beginPath();
    for (var e = 0; e < M; e++) {
      var s = ES[e], t = ET[e];
      if (!visible[s] || !visible[t]) continue;
      if ((X[s] < x0 && X[t] < x0) || (X[s] > x1 && X[t] > x1) || (Y[s] < y0 && Y[t] < y0) || (Y[s] > y1 && Y[t] > y1)) continue;
      ctx.moveTo(X[s], Y[s]); ctx.lineTo(X[t], Y[t]);
    }
    ctx.stroke();
    // Edges of the selection, with arrows.
    var focus = [];
    if (selectedNode >= 0) focus = adj[selectedNode].filter(function (e2) { return visible[ES[e2]] && visible[ET[e2]]; });
    if (selectedEdge >= 0) focus = [selectedEdge];
    if (focus.length) {
      ctx.strokeStyle = "#2b3245"; ctx.fillStyle = "#2b3245"; ctx.lineWidth = 1.6 / k;
      focus.forEach(function (e2) {
        var s2 = ES[e2], t2 = ET[e2];
        ctx.beginPath(); ctx.moveTo(X[s2], Y[s2]); ctx.lineTo(X[t2], Y[t2]); ctx.stroke();
        var dx = X[t2] - X[s2], dy = Y[t2] - Y[s2], l = Math.sqrt(dx * dx + dy * dy) || 1;
        var ux = dx / l, uy = dy / l, hx = X[t2] - ux * (R[t2] + 1), hy = Y[t2] - uy * (R[t2] + 1), a = 6 / Math.max(k, 0.5);
        ctx.beginPath(); ctx.moveTo(hx, hy);
        ctx.lineTo(hx - ux * a - uy * a * 0.5, hy - uy * a + ux * a * 0.5);
        ctx.lineTo(hx - ux * a + uy * a * 0.5, hy - uy * a - ux * a * 0.5);
        ctx.closePath(); ctx.fill();
      });
    }
    // Nodes, one path per type.
    var minR = 1.5 / k;
    ctx.lineWidth = 0.8 / k;
    ctx.strokeStyle = "#ffffff";
    for (var ti = 0; ti < TYPES.length; ti++) {
      if (!typeOn[ti]) continue;
      ctx.beginPath();
      var shape = TYPES[ti].shape;
      for (var n = 0; n < N; n++) {
        if (T[n] !== ti || !visible[n]) continue;
        if (X[n] < x0 - margin || X[n] > x1 + margin || Y[n] < y0 - margin || Y[n] > y1 + margin) continue;
        shapePath(ctx, shape, X[n], Y[n], Math.max(R[n], minR));
      }
      ctx.fillStyle = TYPES[ti].color;
      ctx.fill();
      if (k > 0.35) ctx.stroke();
    }
    // Rings: search hits, hover, selection.
    function ring(n, colour, width) {
      ctx.beginPath(); ctx.arc(X[n], Y[n], R[n] + 3 / k, 0, 2 * Math.PI);
      ctx.strokeStyle = colour; ctx.lineWidth = width / k; ctx.stroke();
    }
    if (hitCount) for (n = 0; n < N; n++) if (hits[n] && visible[n]) ring(n, "#f5a300", 2.5);
    if (hoverNode >= 0 && visible[hoverNode]) ring(hoverNode, "#6b7486", 1.5);
    if (selectedNode >= 0 && visible[selectedNode]) ring(selectedNode, "#111827", 3);
    // Labels, in screen space, for big-enough or highlighted nodes.
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    if (showLabels) {
      ctx.font = "12px system-ui, sans-serif";
      ctx.textBaseline = "middle";
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,0.9)";
      ctx.fillStyle = "#1d2330";
      var placed = {}, drawn = 0, CW = 80, CH = 16;
      var free = function (x, y, w, h) {
        for (var gx = Math.floor(x / CW); gx <= Math.floor((x + w) / CW); gx++) {
          for (var gy = Math.floor(y / CH); gy <= Math.floor((y + h) / CH); gy++) {
            var list = placed[gx + "," + gy];
            if (!list) continue;
            for (var j = 0; j < list.length; j++) {
              var r = list[j];
              if (x < r[0] + r[2] && r[0] < x + w && y < r[1] + r[3] && r[1] < y + h) return false;
            }
          }
        }
        return true;
      };
      var take = function (x, y, w, h) {
        for (var gx = Math.floor(x / CW); gx <= Math.floor((x + w) / CW); gx++) {
          for (var gy = Math.floor(y / CH); gy <= Math.floor((y + h) / CH); gy++) {
            (placed[gx + "," + gy] = placed[gx + "," + gy] || []).push([x, y, w, h]);
          }
        }
      };
      var label = function (n, force) {
        var sx = X[n] * k + tx, sy = Y[n] * k + ty;
        if (sx < -50 || sx > W + 50 || sy < -20 || sy > H + 20) return;
        var text = NODES[n].n.length > 42 ? NODES[n].n.slice(0, 40) + "\u2026" : NODES[n].n;
        var lx = sx + R[n] * k + 4, w = ctx.measureText(text).width;
        if (!force && !free(lx, sy - 8, w, 16)) return;
        take(lx, sy - 8, w, 16);
        ctx.strokeText(text, lx, sy); ctx.fillText(text, lx, sy);
        drawn++;
      };
      if (selectedNode >= 0 && visible[selectedNode]) label(selectedNode, true);
      if (hoverNode >= 0 && visible[hoverNode] && hoverNode !== selectedNode) label(hoverNode, true);
      if (selectedNode >= 0) adj[selectedNode].forEach(function (e2) {
        var o = ES[e2] === selectedNode ? ET[e2] : ES[e2];
        if (visible[o]) label(o, false);
      });
      for (var li = 0; li < N && drawn < 400; li++) {
        n = labelOrder[li];
        if (!visible[n] || n === selectedNode || n === hoverNode) continue;
        var named = NAMED[TYPES[T[n]].label];
        var big = R[n] * k >= (named ? 5 : 11);
        if (big || hits[n]) label(n, false);
      }
    }
    lastDrawMs = performance.now() - t0;
    if (firstDrawMs === null) firstDrawMs = performance.now() - started;
    status.textContent = layoutRunning
      ? "layout " + iterations + "/" + MAX_ITERATIONS
      : "drawn in " + lastDrawMs.toFixed(1) + " ms \u00b7 layout " + iterations + " iterations, " + layoutMs.toFixed(0) + " ms";
  }

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
    requestDraw();
  }

  function swatch(type, size) {
    var c = el("canvas");
    c.width = size * dpr; c.height = size * dpr;
    c.style.width = size + "px"; c.style.height = size + "px";
    var g = c.getContext("2d");
    g.scale(dpr, dpr);
    g.beginPath(); shapePath(g, type.shape, size / 2, size / 2, size / 2 - 2);
    g.fillStyle = type.color; g.fill();
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
    fitB.addEventListener("click", function () { userMoved = false; fit(); requestDraw(); });
    labelsB.addEventListener("click", function () { showLabels = !showLabels; requestDraw(); });
    relayout.addEventListener("click", function () { alpha = 1; iterations = 0; layoutRunning = true; requestDraw(); });
    add(row2, fitB, labelsB, relayout);
    filters.appendChild(row2);
    var hidden = Object.keys(DATA.hidden || {}).map(function (l) { return DATA.hidden[l] + " " + l; }).join(", ");
    add(filters, el("p", "hint", "Drag to pan, wheel to zoom, click a node or an edge for its claims and sources. " +
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
  function select(n, center) {
    selectedNode = n; selectedEdge = -1;
    if (n < 0) { document.body.classList.remove("with-panel"); resize(); return; }
    showNode(n);
    var wasOpen = document.body.classList.contains("with-panel");
    document.body.classList.add("with-panel");
    if (!wasOpen) resize();
    if (center) { userMoved = true; tx = W / 2 - X[n] * k; ty = H / 2 - Y[n] * k; }
    requestDraw();
  }
  function selectEdge(e) {
    selectedEdge = e; selectedNode = -1;
    showEdge(e);
    var wasOpen = document.body.classList.contains("with-panel");
    document.body.classList.add("with-panel");
    if (!wasOpen) resize();
    requestDraw();
  }

  // ---------------------------------------------------------------- pointer
  function nodeAt(px, py) {
    var best = -1, bestD = Infinity;
    for (var n = 0; n < N; n++) {
      if (!visible[n]) continue;
      var dx = X[n] * k + tx - px, dy = Y[n] * k + ty - py, d = dx * dx + dy * dy;
      var r = Math.max(R[n] * k, 4) + 3;
      if (d <= r * r && d < bestD) { best = n; bestD = d; }
    }
    return best;
  }
  function edgeAt(px, py) {
    var best = -1, bestD = 5;
    for (var e = 0; e < M; e++) {
      var s = ES[e], t = ET[e];
      if (!visible[s] || !visible[t]) continue;
      var ax = X[s] * k + tx, ay = Y[s] * k + ty, bx = X[t] * k + tx, by = Y[t] * k + ty;
      var dx = bx - ax, dy = by - ay, l2 = dx * dx + dy * dy;
      var u = l2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2)) : 0;
      var qx = ax + u * dx - px, qy = ay + u * dy - py, d = Math.sqrt(qx * qx + qy * qy);
      if (d < bestD) { best = e; bestD = d; }
    }
    return best;
  }
  function localPoint(ev) {
    var box = canvas.getBoundingClientRect();
    return [ev.clientX - box.left, ev.clientY - box.top];
  }
  var drag = null;
  canvas.addEventListener("pointerdown", function (ev) {
    var p = localPoint(ev), n = nodeAt(p[0], p[1]);
    drag = { x: p[0], y: p[1], tx: tx, ty: ty, node: n, moved: false };
    canvas.setPointerCapture(ev.pointerId);
    canvas.classList.add("dragging");
  });
  canvas.addEventListener("pointermove", function (ev) {
    var p = localPoint(ev);
    if (!drag) {
      var h = nodeAt(p[0], p[1]);
      if (h !== hoverNode) { hoverNode = h; canvas.title = h >= 0 ? NODES[h].n + " (" + TYPES[T[h]].label + ")" : ""; requestDraw(); }
      return;
    }
    if (Math.abs(p[0] - drag.x) + Math.abs(p[1] - drag.y) > 4) drag.moved = true;
    if (!drag.moved) return;
    if (drag.node >= 0) {
      X[drag.node] = (p[0] - tx) / k; Y[drag.node] = (p[1] - ty) / k; pinned[drag.node] = 1;
    } else {
      tx = drag.tx + p[0] - drag.x; ty = drag.ty + p[1] - drag.y;
    }
    userMoved = true;
    requestDraw();
  });
  canvas.addEventListener("pointerup", function (ev) {
    canvas.classList.remove("dragging");
    if (!drag) return;
    var p = localPoint(ev), d = drag;
    drag = null;
    if (d.moved) return;
    var n = nodeAt(p[0], p[1]);
    if (n >= 0) { select(n); return; }
    var e = edgeAt(p[0], p[1]);
    if (e >= 0) selectEdge(e); else select(-1);
  });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = localPoint(ev), factor = Math.exp(-ev.deltaY * 0.0015);
    var nk = Math.max(0.02, Math.min(40, k * factor));
    tx = p[0] - (p[0] - tx) * nk / k; ty = p[1] - (p[1] - ty) * nk / k; k = nk;
    userMoved = true;
    requestDraw();
  }, { passive: false });
  window.addEventListener("resize", resize);

  // ---------------------------------------------------------------- search
  function matches(q) {
    var out = [];
    if (!q) return out;
    for (var n = 0; n < N; n++) {
      var node = NODES[n];
      if (node.n.toLowerCase().indexOf(q) >= 0 || node.a.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; })) out.push(n);
    }
    // An entity named exactly so comes first (then by alias), before an article whose title
    // merely contains the words; then entities whose name starts so; then the rest by degree.
    function rank(n) {
      var node = NODES[n], entity = TYPES[T[n]].entity, name = node.n.toLowerCase();
      if (entity && name === q) return 0;
      if (entity && node.a.some(function (a) { return a.toLowerCase() === q; })) return 1;
      if (name === q) return 2;
      if (entity && name.indexOf(q) === 0) return 3;
      return entity ? 4 : 5;
    }
    out.sort(function (a, b) { return rank(a) - rank(b) || DEG[b] - DEG[a]; });
    return out;
  }
  function runSearch() {
    var q = search.value.trim().toLowerCase(), found = matches(q);
    hits.fill(0);
    found.forEach(function (n) { hits[n] = 1; });
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
    requestDraw();
    return found;
  }
  var searchTimer = null;
  search.addEventListener("input", function () { clearTimeout(searchTimer); searchTimer = setTimeout(runSearch, 120); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var found = runSearch(); if (found.length) { results.hidden = true; select(found[0], true); } }
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
  window.osintGraph = Object.freeze({
    nodeCount: function () { return N; },
    edgeCount: function () { return M; },
    visibleNodeCount: function () { var c = 0; for (var n = 0; n < N; n++) c += visible[n]; return c; },
    layoutDone: function () { return !layoutRunning; },
    screenPosition: function (nameOrId) {
      var n = find(nameOrId);
      if (n < 0 || !visible[n]) return null;
      var box = canvas.getBoundingClientRect();
      return { x: box.left + X[n] * k + tx, y: box.top + Y[n] * k + ty, radius: R[n] * k };
    },
    select: function (nameOrId) { var n = find(nameOrId); if (n >= 0) select(n, true); return n >= 0; },
    fit: function () { userMoved = false; fit(); draw(); },
    stats: function () {
      return { nodes: N, edges: M, iterations: iterations, layoutMs: layoutMs, layoutDoneMs: layoutDoneAt,
               firstDrawMs: firstDrawMs, lastDrawMs: lastDrawMs };
    },
    redrawMs: function () { draw(); return lastDrawMs; }
  });

  for (i = 0; i < N; i++) visible[i] = 1;
  applyFilters();
  resize();
  requestDraw();
})();
