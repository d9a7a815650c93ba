/* The explorer's entity page: its neighbourhood drawn as a graph (SVG).
 *
 * The page gives <div id="neighbourhood" data-src="/entity/KIND/SLUG/graph.json">
 * holding the neighbours as a list. This script fetches data-src (this server only),
 * draws the entity in the centre and its neighbours on one, two or three circles
 * around it, each node a link to its page (keyboard-focusable: SVG links are), coloured
 * by type (classes in explorer.css), an edge's words in a <title> shown on hover. Once
 * drawn, the list is hidden visually only: it stays for screen readers, and the page
 * without script shows the list alone.
 *
 * Our own few lines, no vendored graph library: the neighbourhood is a star (every edge
 * starts at the centre) of at most a hundred nodes, so where a node goes is its angle
 * around the centre; there is nothing for a layout engine (force, Sugiyama) to solve.
 *
 * The strict policy holds: no inline script, no style attribute. Text from the store
 * (labels, edge words) is only ever set as textContent, never parsed as markup, and a
 * type becomes a class only when it is one we know. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var WIDTH = 900, HEIGHT = 520;
  var CX = WIDTH / 2, CY = HEIGHT / 2;
  //: ring radii (vertical; horizontal ones are STRETCH times wider: the box is wide)
  var RINGS = [120, 175, 225];
  var STRETCH = 1.3;
  //: neighbours on one ring up to this many; more go to two, then three rings
  var ONE_RING = 14, TWO_RINGS = 48;
  var LABEL_CHARS = 22;
  var KNOWN_TYPES = ["Person", "Organization", "Place"];

  var root = document.getElementById("neighbourhood");
  if (!root || !root.dataset.src || !window.fetch) {
    return;
  }
  // a page opened as http://user:token@host/... has those in its base URL; fetch()
  // refuses a URL holding credentials, and the browser sends the ones it keeps for the
  // site along to same-origin requests by itself
  var url = new URL(root.dataset.src, document.baseURI);
  url.username = "";
  url.password = "";
  if (url.origin !== location.origin) {
    return;  // this server only
  }

  function el(name, attributes, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes || {}).forEach(function (key) {
      node.setAttribute(key, String(attributes[key]));
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function typeClass(type) {
    return KNOWN_TYPES.indexOf(type) >= 0 ? "node-" + type : "node-other";
  }

  function shortLabel(label) {
    return label.length > LABEL_CHARS ? label.slice(0, LABEL_CHARS - 1) + "…" : label;
  }

  function ringsFor(count) {
    return count <= ONE_RING ? 1 : count <= TWO_RINGS ? 2 : 3;
  }

  /** Where the i-th of n neighbours goes: evenly around the centre, from the top,
   * on ring i mod rings (so neighbours next to each other alternate, labels apart). */
  function place(i, n) {
    var rings = ringsFor(n);
    var angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    var radius = rings === 1 ? RINGS[1] : RINGS[(i % rings) + (rings === 2 ? 1 : 0)];
    return {
      x: CX + STRETCH * radius * Math.cos(angle),
      y: CY + radius * Math.sin(angle),
      cos: Math.cos(angle),
      sin: Math.sin(angle),
    };
  }

  /** One node: a link holding its circle and label; the title says all of it. */
  function drawNode(node, at, radius, edgeLabel, centre) {
    var link = el("a", { href: node.href, class: "node " + typeClass(node.type) });
    if (centre) {
      link.classList.add("node-centre");
    }
    var title = node.label + (node.type ? " (" + node.type + ")" : "");
    link.appendChild(el("title", {}, edgeLabel ? title + ": " + edgeLabel : title));
    link.appendChild(el("circle", { cx: at.x, cy: at.y, r: radius }));
    var anchor = "middle", lx = at.x, ly = at.y + radius + 16;
    if (!centre) {
      if (at.cos > 0.25) {
        anchor = "start";
      } else if (at.cos < -0.25) {
        anchor = "end";
      }
      lx = at.x + (radius + 5) * at.cos;
      ly = at.y + (radius + 5) * at.sin + 4;
      if (anchor === "middle") {
        ly += at.sin > 0 ? 10 : -6;
      }
    }
    link.appendChild(el("text", { x: lx, y: ly, "text-anchor": anchor },
                        centre ? node.label : shortLabel(node.label)));
    return link;
  }

  function draw(graph) {
    var nodes = graph.nodes || [];
    if (nodes.length < 2) {
      return;  // no neighbour: the list says so
    }
    var centre = nodes[0];
    var words = {};
    (graph.edges || []).forEach(function (edge) {
      var other = edge.source === centre.id ? edge.target : edge.source;
      words[other] = edge.label || "";
    });
    var others = nodes.slice(1);
    var svg = el("svg", {
      class: "neighbourhood-graph",
      viewBox: "0 0 " + WIDTH + " " + HEIGHT,
      role: "group",
      "aria-label": "The entities connected to " + centre.label,
    });
    var edges = el("g", { class: "edges" });
    var drawn = el("g", { class: "nodes" });
    others.forEach(function (node, i) {
      var at = place(i, others.length);
      var edge = el("g", { class: "edge" });
      if ((words[node.id] || "").indexOf("membership") >= 0) {
        edge.classList.add("edge-membership");
      }
      edge.appendChild(el("title", {}, centre.label + " – " + node.label +
                          (words[node.id] ? ": " + words[node.id] : "")));
      edge.appendChild(el("line", { x1: CX, y1: CY, x2: at.x, y2: at.y }));
      // a wide invisible twin, so a thin line is easy to hover
      edge.appendChild(el("line", { class: "edge-hit", x1: CX, y1: CY, x2: at.x, y2: at.y }));
      edges.appendChild(edge);
      drawn.appendChild(drawNode(node, at, 9, words[node.id], false));
    });
    drawn.appendChild(drawNode(centre, { x: CX, y: CY }, 16, "", true));
    svg.appendChild(edges);
    svg.appendChild(drawn);

    var legend = document.createElement("ul");
    legend.className = "legend graph-legend";
    var types = [];
    nodes.forEach(function (node) {
      var key = typeClass(node.type);
      if (types.indexOf(key) < 0) {
        types.push(key);
        var item = document.createElement("li");
        var dot = el("svg", { class: "swatch", viewBox: "0 0 10 10", "aria-hidden": "true" });
        dot.appendChild(el("circle", { class: key, cx: 5, cy: 5, r: 5 }));
        item.appendChild(dot);
        item.appendChild(document.createTextNode(
          key === "node-other" ? "other" : node.type));
        legend.appendChild(item);
      }
    });

    var list = root.querySelector("ul.neighbours");
    root.insertBefore(legend, root.firstChild);
    root.insertBefore(svg, legend);
    if (list) {
      list.classList.add("visually-hidden");  // still read by screen readers
    }
    root.dataset.drawn = String(nodes.length);
  }

  fetch(url.href, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (reply) {
      if (!reply.ok) {
        throw new Error("graph.json: HTTP " + reply.status);
      }
      return reply.json();
    })
    .then(draw)
    .catch(function (error) {
      // the list stays as it is; say why for whoever looks
      root.dataset.drawn = "failed";
      console.warn("newskg: the neighbourhood graph was not drawn:", error.message);
    });
}());
