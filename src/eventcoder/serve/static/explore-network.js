/* Explore: the actor network (GET /api/network). A force layout computed once per answer;
 * wheel, drag and the buttons zoom and pan; labels keep their size on screen and are placed
 * so that none overlaps another (a label with no free place is left to the node's tooltip);
 * "collapse to countries" merges each country's actors into one node. */
"use strict";

EC.exploreNetwork = (() => {
  const { svg, api, num } = EC;
  const W = 560, H = 360;
  const MAX_EDGES = 80;
  let ctx = null;
  let data = null;
  let pos = null;
  let root = null;
  let layer = null;

  async function load(f, context) {
    ctx = context;
    const by = document.getElementById("net-countries").checked ? "country" : "actor";
    data = await api("/api/network", { ...f, max_edges: MAX_EDGES, by });
    const cut = data.total_edges > data.edges.length ? ` of ${data.total_edges}, the heaviest` : "";
    document.getElementById("net-count").textContent =
      `(${data.nodes.length} ${by === "country" ? "countries" : "actors"}, ${data.edges.length} links${cut})`;
    pos = layout(data.nodes, data.edges);
    root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "net-svg", role: "img",
      "aria-label": "actor network; wheel or buttons to zoom, drag to pan", "data-by": by });
    document.getElementById("network").replaceChildren(root);
    if (!data.nodes.length) {
      root.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" },
        "No actor pair matches these filters."));
      return;
    }
    root.append(svg("defs", {},
      svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
        svg("path", { d: "M0,0L10,5L0,10z", class: "arrowhead" }))));
    layer = svg("g", { class: "layer" });
    root.append(layer);
    const zoom = EC.panZoom(root, { width: W, height: H, maxScale: 12, onChange: render });
    EC.zoomButtons(document.getElementById("net-zoom"), zoom);
  }

  /** A small deterministic force layout: repulsion, springs along edges, pull to the centre. */
  function layout(nodes, edges) {
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    const out = nodes.map((n, i) => {
      const a = (2 * Math.PI * i) / Math.max(1, nodes.length);
      return { x: W / 2 + (W / 3) * Math.cos(a), y: H / 2 + (H / 3) * Math.sin(a) };
    });
    const k = Math.sqrt((W * H) / Math.max(1, nodes.length)) * 0.55;
    for (let iter = 0; iter < 300; iter++) {
      const temp = 8 * (1 - iter / 300) + 0.5;
      const disp = out.map(() => ({ x: 0, y: 0 }));
      for (let i = 0; i < out.length; i++) {
        for (let j = i + 1; j < out.length; j++) {
          let dx = out[i].x - out[j].x, dy = out[i].y - out[j].y;
          const d = Math.max(0.5, Math.hypot(dx, dy));
          const f = (k * k) / d;
          dx /= d; dy /= d;
          disp[i].x += dx * f; disp[i].y += dy * f;
          disp[j].x -= dx * f; disp[j].y -= dy * f;
        }
      }
      for (const e of edges) {
        const a = index.get(e.source), b = index.get(e.target);
        if (a === undefined || b === undefined || a === b) continue;
        let dx = out[a].x - out[b].x, dy = out[a].y - out[b].y;
        const d = Math.max(0.5, Math.hypot(dx, dy));
        const f = (d * d) / k;
        dx /= d; dy /= d;
        disp[a].x -= dx * f; disp[a].y -= dy * f;
        disp[b].x += dx * f; disp[b].y += dy * f;
      }
      out.forEach((p, i) => {
        disp[i].x += (W / 2 - p.x) * 0.08 * k / 10;
        disp[i].y += (H / 2 - p.y) * 0.12 * k / 10;
        const d = Math.max(0.01, Math.hypot(disp[i].x, disp[i].y));
        // margins leave room for a label on every side of a node at the edge
        p.x = Math.min(W - 30, Math.max(30, p.x + (disp[i].x / d) * Math.min(d, temp * 3)));
        p.y = Math.min(H - 22, Math.max(22, p.y + (disp[i].y / d) * Math.min(d, temp * 3)));
      });
    }
    return new Map(nodes.map((n, i) => [n.id, out[i]]));
  }

  /** Nodes, links and labels at this zoom (sizes are screen pixels: `scale` converts). */
  function render(scale) {
    if (!layer || !data) return;
    const unit = 1 / scale;
    const radius = (n) => (4 + Math.sqrt(n.events || 1) * 1.6) * unit;
    const rOf = new Map(data.nodes.map((n) => [n.id, radius(n)]));
    const maxW = Math.max(1, ...data.edges.map((e) => e.weight));
    const links = svg("g", { class: "links" });
    for (const e of data.edges) {
      const a = pos.get(e.source), b = pos.get(e.target);
      if (!a || !b || e.source === e.target) continue;
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(unit, Math.hypot(dx, dy));
      const ra = rOf.get(e.source), rb = rOf.get(e.target) + 2 * unit;
      const ox = (-dy / d) * 2.5 * unit, oy = (dx / d) * 2.5 * unit; // A→B beside B→A
      const kind = e.conflict > e.cooperation ? "conf" : e.cooperation > e.conflict ? "coop" : "mixed";
      const line = svg("line", {
        x1: a.x + (dx / d) * ra + ox, y1: a.y + (dy / d) * ra + oy,
        x2: b.x - (dx / d) * rb + ox, y2: b.y - (dy / d) * rb + oy,
        class: `edge ${kind}`, "stroke-width": (1 + (3 * e.weight) / maxW) * unit,
        "marker-end": "url(#arrow)", "data-dyad": `${e.source},${e.target}`,
      }, svg("title", {}, `${e.source} → ${e.target}: ${e.weight} event(s), ${e.cooperation} cooperation, ${e.conflict} conflict, mean Goldstein ${num(e.goldstein_mean)}`));
      line.addEventListener("click", () => ctx.setFilters(filterFor(e.source, e.target)));
      links.append(line);
    }
    const nodes = svg("g", { class: "nodes" });
    for (const n of data.nodes) {
      const p = pos.get(n.id);
      const g = svg("g", { class: "node", tabindex: 0, "data-actor": n.id },
        svg("title", {}, `${n.name || n.id} (${n.id}): ${n.events} event(s) — click to filter`),
        svg("circle", { cx: p.x, cy: p.y, r: rOf.get(n.id), "stroke-width": unit }));
      ctx.activate(g, () => ctx.setFilters(filterFor(n.id)));
      nodes.append(g);
    }
    layer.replaceChildren(links, nodes);
    const marker = root.querySelector("marker");
    marker.setAttribute("markerWidth", (7 * unit).toFixed(4));
    marker.setAttribute("markerHeight", (7 * unit).toFixed(4));
    placeLabels(nodes, rOf, unit);
  }

  /** In the collapsed view a country is a prefix: filtering by it keeps all its actors. */
  function filterFor(source, target) {
    if (target === undefined) return { actor: source, dyad: "" };
    return { dyad: `${source},${target}`, actor: "" };
  }

  /** Greedy placement, most active first: above, below, right, left of the node, on no
   *  other label and no other node; a label with no free place is not drawn. */
  function placeLabels(nodes, rOf, unit) {
    const boxes = data.nodes.map((n) => {
      const p = pos.get(n.id), r = rOf.get(n.id);
      return { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r, id: n.id };
    });
    const free = (b, own) => boxes.every((o) => o.id === own ||
      b.x1 <= o.x0 || b.x0 >= o.x1 || b.y1 <= o.y0 || b.y0 >= o.y1);
    const order = [...data.nodes].sort((a, b) => (b.events || 0) - (a.events || 0));
    for (const n of order) {
      const g = nodes.querySelector(`g.node[data-actor="${CSS.escape(n.id)}"]`);
      const text = svg("text", { class: "node-label", "font-size": (9 * unit).toFixed(4) }, n.id);
      g.append(text);
      const size = text.getBBox();
      const w = size.width, h = size.height || 9 * unit;
      const p = pos.get(n.id), r = rOf.get(n.id), gap = 2 * unit;
      const spots = [
        [p.x - w / 2, p.y - r - gap - h], [p.x - w / 2, p.y + r + gap],
        [p.x + r + gap, p.y - h / 2], [p.x - r - gap - w, p.y - h / 2],
      ];
      const spot = spots.map(([x0, y0]) => ({ x0, y0, x1: x0 + w, y1: y0 + h, id: n.id }))
        .find((b) => b.x0 >= 0 && b.x1 <= W && b.y0 >= 0 && b.y1 <= H && free(b, n.id));
      if (!spot) {
        text.remove();
        g.dataset.label = "hidden";
        continue;
      }
      text.setAttribute("x", spot.x0.toFixed(3));
      text.setAttribute("y", (spot.y0 + h * 0.8).toFixed(3));
      boxes.push({ ...spot, id: `label:${n.id}` });
    }
  }

  return { load };
})();
