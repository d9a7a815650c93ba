/* newskg graph viewer: one canvas, no library, no network.
 * Reads the graph from the JSON data block #graph-data, draws it,
 * and lets the reader zoom (wheel), pan (drag the background), move nodes (drag a
 * node), hover a node or an edge for its evidence sentence and article, and search
 * labels. Text from the graph reaches the page only through textContent, never as
 * HTML. window.kgView exposes counts and helpers for tests.
 */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var canvas = document.getElementById("graph");
  var ctx = canvas.getContext("2d");
  var tooltip = document.getElementById("tooltip");
  var search = document.getElementById("search");
  var matchesOut = document.getElementById("matches");
  var nodes = data.nodes, edges = data.edges;
  var nodeColour = {}, edgeColour = {};
  data.legend.nodes.forEach(function (p) { nodeColour[p[0]] = p[1]; });
  data.legend.edges.forEach(function (p) { edgeColour[p[0]] = p[1]; });
  var view = { scale: 1, x: 0, y: 0, fit: 1 };
  var hover = null, matches = [], matchSet = new Set(), matchIndex = -1;
  var drag = null, pending = false, dpr = window.devicePixelRatio || 1;
  var stats = { nodes: 0, edges: 0, labels: 0, frames: 0 };

  function sx(n) { return (n.x - view.x) * view.scale; }
  function sy(n) { return (n.y - view.y) * view.scale; }

  function resize() {
    var w = canvas.clientWidth, h = canvas.clientHeight;
    canvas.width = Math.max(1, Math.round(w * dpr));
    canvas.height = Math.max(1, Math.round(h * dpr));
    redraw();
  }

  function fit() {
    var w = canvas.clientWidth || 800, h = canvas.clientHeight || 600;
    if (!nodes.length) { return; }
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    nodes.forEach(function (n) {
      x0 = Math.min(x0, n.x); y0 = Math.min(y0, n.y);
      x1 = Math.max(x1, n.x); y1 = Math.max(y1, n.y);
    });
    var pad = 60, bw = Math.max(x1 - x0, 1), bh = Math.max(y1 - y0, 1);
    view.scale = Math.min((w - 2 * pad) / bw, (h - 2 * pad) / bh);
    if (data.timeline) { view.scale = Math.min(view.scale, (w - 2 * pad) / bw); }
    view.fit = view.scale;
    view.x = x0 - (w / view.scale - bw) / 2;
    view.y = y0 - (h / view.scale - bh) / 2;
    redraw();
  }

  function redraw() {
    if (!pending) { pending = true; window.requestAnimationFrame(draw); }
  }

  function control(e) {
    var a = nodes[e.s], b = nodes[e.t];
    var ax = sx(a), ay = sy(a), bx = sx(b), by = sy(b);
    if (!e.bend) { return null; }
    return [(ax + bx) / 2 - (by - ay) * e.bend, (ay + by) / 2 + (bx - ax) * e.bend];
  }

  function drawEdges(w, h) {
    var groups = {};
    edges.forEach(function (e, i) { (groups[e.group] = groups[e.group] || []).push(i); });
    var arrows = data.directed && edges.length <= 5000;
    ctx.lineWidth = edges.length > 2000 ? 0.6 : 1.4;
    ctx.globalAlpha = edges.length > 2000 ? 0.45 : 0.8;
    Object.keys(groups).forEach(function (g) {
      ctx.strokeStyle = ctx.fillStyle = edgeColour[g] || "#999";
      ctx.beginPath();
      groups[g].forEach(function (i) {
        var e = edges[i], a = nodes[e.s], b = nodes[e.t], c = control(e);
        ctx.moveTo(sx(a), sy(a));
        if (c) { ctx.quadraticCurveTo(c[0], c[1], sx(b), sy(b)); } else { ctx.lineTo(sx(b), sy(b)); }
        stats.edges++;
      });
      ctx.stroke();
      if (arrows) {
        ctx.beginPath();
        groups[g].forEach(function (i) { arrowHead(edges[i]); });
        ctx.fill();
      }
    });
    ctx.globalAlpha = 1;
  }

  function arrowHead(e) {
    var b = nodes[e.t], c = control(e) || [sx(nodes[e.s]), sy(nodes[e.s])];
    var dx = sx(b) - c[0], dy = sy(b) - c[1], len = Math.sqrt(dx * dx + dy * dy) || 1;
    var ux = dx / len, uy = dy / len, tx = sx(b) - ux * (b.r + 1), ty = sy(b) - uy * (b.r + 1);
    ctx.moveTo(tx, ty);
    ctx.lineTo(tx - ux * 9 - uy * 4, ty - uy * 9 + ux * 4);
    ctx.lineTo(tx - ux * 9 + uy * 4, ty - uy * 9 - ux * 4);
    ctx.closePath();
  }

  function visible(n, w, h) {
    var x = sx(n), y = sy(n);
    return x > -50 && y > -50 && x < w + 50 && y < h + 50;
  }

  function drawNodes(w, h) {
    var groups = {};
    nodes.forEach(function (n, i) {
      if (visible(n, w, h)) { (groups[n.group] = groups[n.group] || []).push(i); }
    });
    Object.keys(groups).forEach(function (g) {
      ctx.fillStyle = nodeColour[g] || "#999";
      ctx.beginPath();
      groups[g].forEach(function (i) {
        var n = nodes[i];
        ctx.moveTo(sx(n) + n.r, sy(n));
        ctx.arc(sx(n), sy(n), n.r, 0, 2 * Math.PI);
        stats.nodes++;
      });
      ctx.fill();
    });
    nodes.forEach(function (n, i) {
      if (!(n.focus || matchSet.has(i) || hover === n)) { return; }
      ctx.beginPath();
      ctx.arc(sx(n), sy(n), n.r + 3, 0, 2 * Math.PI);
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = matchSet.has(i) ? "#e6007e" : "#111";
      ctx.stroke();
    });
  }

  function drawLabels(w, h) {
    var zoom = view.scale / view.fit, budget = 40 * zoom * zoom, shown = 0;
    ctx.font = "12px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    nodes.forEach(function (n, i) {
      var wanted = n.rank < budget || n.focus || matchSet.has(i) || hover === n;
      if (!wanted || shown > 400 || !visible(n, w, h)) { return; }
      var x = sx(n), y = sy(n) + n.r + 2, text = n.label;
      if (data.timeline) { ctx.textAlign = "left"; x = sx(n) + n.r + 4; y = sy(n) - 7; }
      var tw = ctx.measureText(text).width;
      ctx.fillStyle = "rgba(255,255,255,0.8)";
      ctx.fillRect(data.timeline ? x - 1 : x - tw / 2 - 2, y - 1, tw + 4, 15);
      ctx.fillStyle = "#222";
      ctx.fillText(text, x, y);
      shown++;
    });
    stats.labels = shown;
  }

  function drawAxis(w, h) {
    if (!data.timeline || !data.ticks) { return; }
    ctx.strokeStyle = "#ddd"; ctx.fillStyle = "#666"; ctx.lineWidth = 1;
    ctx.font = "11px system-ui, sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "bottom";
    data.ticks.forEach(function (t) {
      var x = (t[0] - view.x) * view.scale;
      if (x < 0 || x > w) { return; }
      ctx.beginPath(); ctx.moveTo(x, 0); ctx.lineTo(x, h - 16); ctx.stroke();
      ctx.fillText(t[1], x, h - 2);
    });
  }

  function draw() {
    pending = false;
    var w = canvas.clientWidth, h = canvas.clientHeight;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, h);
    stats.nodes = 0; stats.edges = 0; stats.frames++;
    drawAxis(w, h);
    drawEdges(w, h);
    drawNodes(w, h);
    drawLabels(w, h);
    canvas.dataset.drawnNodes = String(stats.nodes);
    canvas.dataset.drawnEdges = String(stats.edges);
    document.body.dataset.ready = "true";
  }

  function nodeAt(px, py) {
    var best = null, bestD = Infinity;
    nodes.forEach(function (n) {
      var dx = sx(n) - px, dy = sy(n) - py, d = dx * dx + dy * dy, r = n.r + 4;
      if (d <= r * r && d < bestD) { best = n; bestD = d; }
    });
    return best;
  }

  function segment(px, py, ax, ay, bx, by) {
    var dx = bx - ax, dy = by - ay, l = dx * dx + dy * dy;
    var t = l ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l)) : 0;
    var x = ax + t * dx - px, y = ay + t * dy - py;
    return x * x + y * y;
  }

  function edgeAt(px, py) {
    var best = null, bestD = 36;
    edges.forEach(function (e) {
      var a = nodes[e.s], b = nodes[e.t], c = control(e), d;
      if (c) {
        var mx = (sx(a) + 2 * c[0] + sx(b)) / 4, my = (sy(a) + 2 * c[1] + sy(b)) / 4;
        d = Math.min(segment(px, py, sx(a), sy(a), mx, my), segment(px, py, mx, my, sx(b), sy(b)));
      } else {
        d = segment(px, py, sx(a), sy(a), sx(b), sy(b));
      }
      if (d < bestD) { best = e; bestD = d; }
    });
    return best;
  }

  function line(parent, cls, text) {
    var el = document.createElement("div");
    el.className = cls;
    el.textContent = text;
    parent.appendChild(el);
    return el;
  }

  function showTip(info, px, py) {
    tooltip.replaceChildren();
    var title = document.createElement("b");
    title.textContent = info.title;
    tooltip.appendChild(title);
    info.fields.forEach(function (f) {
      var el = line(tooltip, "field", f[0] + ": ");
      var value = document.createElement("span");
      value.textContent = f[1];
      el.appendChild(value);
    });
    if (info.evidence) { line(tooltip, "evidence", "“" + info.evidence + "”"); }
    if (info.source) { line(tooltip, "field source", "Source: " + info.source); }
    tooltip.hidden = false;
    var box = canvas.getBoundingClientRect();
    var x = Math.min(px + 14, box.width - tooltip.offsetWidth - 4);
    var y = py + 14 + tooltip.offsetHeight > box.height ? py - tooltip.offsetHeight - 10 : py + 14;
    tooltip.style.left = Math.max(4, x) + "px";
    tooltip.style.top = Math.max(4, y) + "px";
  }

  function pointer(ev) {
    var box = canvas.getBoundingClientRect();
    return [ev.clientX - box.left, ev.clientY - box.top];
  }

  function onMove(ev) {
    var p = pointer(ev);
    if (drag) {
      if (drag.node) {
        drag.node.x = p[0] / view.scale + view.x;
        drag.node.y = p[1] / view.scale + view.y;
      } else {
        view.x = drag.vx - (p[0] - drag.px) / view.scale;
        view.y = drag.vy - (p[1] - drag.py) / view.scale;
      }
      tooltip.hidden = true;
      redraw();
      return;
    }
    var n = nodeAt(p[0], p[1]);
    var e = n ? null : edgeAt(p[0], p[1]);
    if (n !== hover) { hover = n; redraw(); }
    if (n) { showTip(n.info, p[0], p[1]); } else if (e) { showTip(e.info, p[0], p[1]); } else { tooltip.hidden = true; }
  }

  canvas.addEventListener("mousemove", onMove);
  canvas.addEventListener("mouseleave", function () { tooltip.hidden = true; hover = null; redraw(); });
  canvas.addEventListener("mousedown", function (ev) {
    var p = pointer(ev);
    drag = { node: nodeAt(p[0], p[1]), px: p[0], py: p[1], vx: view.x, vy: view.y };
    canvas.classList.add("dragging");
  });
  window.addEventListener("mouseup", function () { drag = null; canvas.classList.remove("dragging"); });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = pointer(ev), factor = Math.exp(-ev.deltaY * 0.0015);
    var wx = p[0] / view.scale + view.x, wy = p[1] / view.scale + view.y;
    view.scale = Math.max(view.fit / 20, Math.min(view.fit * 200, view.scale * factor));
    view.x = wx - p[0] / view.scale;
    view.y = wy - p[1] / view.scale;
    redraw();
  }, { passive: false });

  function centre(n) {
    view.scale = Math.max(view.scale, view.fit * 2);
    view.x = n.x - canvas.clientWidth / 2 / view.scale;
    view.y = n.y - canvas.clientHeight / 2 / view.scale;
    redraw();
  }

  function find(query) {
    var q = query.trim().toLowerCase();
    matches = [];
    if (q) {
      nodes.forEach(function (n, i) {
        if (n.label.toLowerCase().indexOf(q) >= 0 || n.id.toLowerCase() === q) { matches.push(i); }
      });
    }
    matchSet = new Set(matches);
    matchIndex = -1;
    matchesOut.textContent = q ? matches.length + (matches.length === 1 ? " match" : " matches") : "";
    redraw();
    return matches.length;
  }

  search.addEventListener("input", function () { find(search.value); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && matches.length) {
      matchIndex = (matchIndex + 1) % matches.length;
      centre(nodes[matches[matchIndex]]);
    }
  });
  document.getElementById("fit").addEventListener("click", fit);

  function legend() {
    var box = document.getElementById("legend");
    [["Nodes", data.legend.nodes, ""], ["Edges", data.legend.edges, "edge"]].forEach(function (part) {
      if (!part[1].length) { return; }
      var h = document.createElement("h2");
      h.textContent = part[0];
      box.appendChild(h);
      part[1].forEach(function (p) {
        var row = document.createElement("div"), swatch = document.createElement("i");
        swatch.className = part[2];
        swatch.style.background = p[1];
        row.appendChild(swatch);
        row.appendChild(document.createTextNode(p[0]));
        box.appendChild(row);
      });
    });
  }

  window.kgView = {
    nodeCount: nodes.length,
    edgeCount: edges.length,
    stats: stats,
    search: find,
    screenPoint: function (id) {
      var n = nodes.find(function (m) { return m.id === id; });
      if (!n) { return null; }
      var box = canvas.getBoundingClientRect();
      return [box.left + sx(n), box.top + sy(n)];
    }
  };
  legend();
  window.addEventListener("resize", resize);
  resize();
  fit();
})();
