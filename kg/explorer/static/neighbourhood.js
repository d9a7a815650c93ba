/* The explorer's entity page: its neighbourhood drawn as a graph (SVG).
 *
 * The page gives <div id="neighbourhood" data-src="/entity/KIND/SLUG/graph.json">
 * holding the neighbours as a list. This script fetches data-src (this server only),
 * draws the entity in the centre and its neighbours on one, two or three circles
 * around it, each node a link to its page (keyboard-focusable: SVG links are; a node
 * whose href is not a path of this server, or null, is drawn but no link), coloured
 * by type (classes in explorer.css), an edge's words in a <title> shown on hover. Once
 * drawn, the list is hidden (the hidden attribute: from sight, from Tab and from screen
 * readers alike), so that a screen reader hears each neighbour once, as a link of the
 * graph named by its title ("Osterby (Place): 2 shared items"); the edges and the
 * drawn labels, which say it again, are aria-hidden. The page without script shows
 * the list alone.
 *
 * Our own code, no vendored graph library: the neighbourhood is a star (every edge
 * starts at the centre) of at most a hundred nodes, so where a node goes is its angle
 * around the centre; there is nothing for a layout engine (force, Sugiyama) to solve.
 *
 * The strict policy holds: no inline script, no style attribute. Text from the store
 * (labels, edge words) is only ever set as textContent, never parsed as markup, and a
 * type becomes a class only when it is one we know. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  //: ring radii (vertical; horizontal ones are STRETCH times wider: a page is wide)
  var RINGS = [120, 175, 225];
  var STRETCH = 1.3;
  //: neighbours on one ring up to this many, labels level; more go to two, then three
  //: rings, labels along their spoke (each in its own slice of the circle)
  var ONE_RING = 14, TWO_RINGS = 48;
  //: room for a label beyond the outer ring: level (sideways, above), along a spoke
  var LEVEL_MARGIN = [180, 45], SPOKE_MARGIN = 190;
  var LABEL_CHARS = 22;
  var ELLIPSIS = "\u2026", DASH = "\u2013";
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

  /** A path of this server, or null: never "javascript:", never another site. */
  function pathOf(href) {
    return typeof href === "string" && /^\/(?![\/\\])/.test(href) ? href : null;
  }

  function typeClass(type) {
    return KNOWN_TYPES.indexOf(type) >= 0 ? "node-" + type : "node-other";
  }

  function shortLabel(label) {
    return label.length > LABEL_CHARS ? label.slice(0, LABEL_CHARS - 1) + ELLIPSIS : label;
  }

  function ringsFor(count) {
    return count <= ONE_RING ? 1 : count <= TWO_RINGS ? 2 : 3;
  }

  /** Where the i-th of n neighbours goes, from the centre (0, 0): evenly around it,
   * from the top, on ring i mod rings (so neighbours side by side alternate). */
  function place(i, n) {
    var rings = ringsFor(n);
    var angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    var radius = rings === 1 ? RINGS[1] : RINGS[(i % rings) + (rings === 2 ? 1 : 0)];
    return {
      x: STRETCH * radius * Math.cos(angle),
      y: radius * Math.sin(angle),
      cos: Math.cos(angle),
      sin: Math.sin(angle),
      degrees: (angle * 180) / Math.PI,
    };
  }

  /** The drawing's box around the centre: the outer ring and room for its labels. */
  function viewBox(n) {
    var outer = RINGS[ringsFor(n) === 1 ? 1 : 2];
    var mx = n > ONE_RING ? SPOKE_MARGIN : LEVEL_MARGIN[0];
    var my = n > ONE_RING ? SPOKE_MARGIN : LEVEL_MARGIN[1];
    var w = 2 * (STRETCH * outer + mx), h = 2 * (outer + my);
    return [-w / 2, -h / 2, w, h].map(Math.round).join(" ");
  }

  /** A neighbour's label: level beside its node when there are few, else along its
   * spoke, outwards, turned to read left to right on the left half too. */
  function label(text, at, radius, spoke) {
    var gap = radius + 5;
    var lx = at.x + gap * at.cos, ly = at.y + gap * at.sin;
    if (spoke) {
      var left = at.cos < -1e-9;
      return el("text", {
        x: lx, y: ly, dy: "0.35em", "text-anchor": left ? "end" : "start",
        transform: "rotate(" + (left ? at.degrees + 180 : at.degrees).toFixed(2) + " " +
          lx.toFixed(2) + " " + ly.toFixed(2) + ")",
      }, text);
    }
    var anchor = at.cos > 0.25 ? "start" : at.cos < -0.25 ? "end" : "middle";
    ly += 4 + (anchor === "middle" ? (at.sin > 0 ? 10 : -6) : 0);
    return el("text", { x: lx, y: ly, "text-anchor": anchor }, text);
  }

  /** One node: a link holding its circle and label; the title says all of it.
   * ``how``: "centre", or a neighbour's label "level" or along its "spoke". */
  function drawNode(node, at, radius, edgeLabel, how) {
    var centre = how === "centre";
    var href = pathOf(node.href);
    var link = href === null ? el("g", { class: "node no-link " + typeClass(node.type) })
      : el("a", { href: href, class: "node " + typeClass(node.type) });
    if (centre) {
      link.classList.add("node-centre");
    }
    var title = node.label + (node.type ? " (" + node.type + ")" : "");
    link.appendChild(el("title", {}, edgeLabel ? title + ": " + edgeLabel : title));
    link.appendChild(el("circle", { cx: at.x, cy: at.y, r: radius }));
    var text = centre
      ? el("text", { x: 0, y: radius + 18, "text-anchor": "middle" }, node.label)
      : label(shortLabel(node.label), at, radius, how === "spoke");
    text.setAttribute("aria-hidden", "true");  // the title names the link: heard once
    link.appendChild(text);
    return link;
  }

  function draw(graph) {
    var nodes = graph.nodes || [];
    if (nodes.length < 2) {
      root.dataset.drawn = "none";  // no neighbour: the list says so
      return;
    }
    var centre = nodes[0];
    var words = {};
    (graph.edges || []).forEach(function (edge) {
      var other = edge.source === centre.id ? edge.target : edge.source;
      words[other] = edge.label || "";
    });
    var others = nodes.slice(1);
    var svg = el("svg", {
      class: "neighbourhood-graph" + (others.length > TWO_RINGS ? " dense" : ""),
      viewBox: viewBox(others.length),
      role: "group",
      "aria-label": "The entities connected to " + centre.label,
    });
    var edges = el("g", { class: "edges", "aria-hidden": "true" });  // the nodes' titles say it
    var drawn = el("g", { class: "nodes" });
    others.forEach(function (node, i) {
      var at = place(i, others.length);
      var edge = el("g", { class: "edge" });
      if ((words[node.id] || "").indexOf("membership") >= 0) {
        edge.classList.add("edge-membership");
      }
      edge.appendChild(el("title", {}, centre.label + " " + DASH + " " + node.label +
                          (words[node.id] ? ": " + words[node.id] : "")));
      edge.appendChild(el("line", { x1: 0, y1: 0, x2: at.x, y2: at.y }));
      // a wide invisible twin, so a thin line is easy to hover
      edge.appendChild(el("line", { class: "edge-hit", x1: 0, y1: 0, x2: at.x, y2: at.y }));
      edges.appendChild(edge);
      drawn.appendChild(drawNode(node, at, 9, words[node.id],
                                 others.length > ONE_RING ? "spoke" : "level"));
    });
    drawn.appendChild(drawNode(centre, { x: 0, y: 0 }, 16, "", "centre"));
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
      // the graph's nodes are the same links: the list goes from sight, Tab and the
      // accessibility tree at once, so that no neighbour is heard twice
      list.hidden = true;
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
