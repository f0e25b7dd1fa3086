/* Explore: the map. Every matching event with a place (GET /api/places), clustered by place
 * at the current zoom; wheel, drag and the buttons zoom and pan; a cluster zooms in, a place
 * lists its newest events. The count says how many matching events are shown. */
"use strict";

EC.exploreMap = (() => {
  const { el, svg, api } = EC;
  const W = 360, H = 170;
  const CELL_PX = 22; // places closer than this on screen merge into one cluster
  let world = null;
  let data = null;
  let zoom = null;
  let root = null;
  let dots = null;
  let ctx = null;

  const x = (lon) => lon + 180;
  const y = (lat) => 90 - lat;

  async function load(f, context) {
    ctx = context;
    if (!world) {
      const response = await fetch("/static/world.json");
      world = await response.json();
    }
    data = await api("/api/places", { ...f, per_place: 10 });
    draw(document.getElementById("map"));
    const shown = data.placed;
    document.getElementById("map-count").textContent = data.total
      ? `(${shown} of ${data.total} matching events have a place: all ${shown} shown, at ${data.places.length} place${data.places.length === 1 ? "" : "s"})`
      : "(no matching event)";
    document.getElementById("map-detail").replaceChildren();
  }

  function draw(box) {
    root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "map-svg", role: "img",
      "aria-label": "world map of event locations; wheel or buttons to zoom, drag to pan" });
    box.replaceChildren(root);
    const byCountry = {};
    for (const p of data.places) {
      if (p.country) byCountry[p.country] = (byCountry[p.country] || 0) + p.events;
    }
    const top = Math.max(1, ...Object.values(byCountry));
    const land = svg("g", { class: "land" });
    for (const c of world.countries) {
      const n = byCountry[c.iso] || 0;
      const shade = n ? 0.15 + 0.6 * Math.sqrt(n / top) : 0;
      const path = svg("path", { d: c.d, "data-iso": c.iso, class: n ? "country hot" : "country",
        "fill-opacity": n ? shade.toFixed(2) : null },
        svg("title", {}, `${c.name} (${c.iso}): ${n} event(s) placed here — click to filter`));
      path.addEventListener("click", () => ctx.setFilters({ country: c.iso }));
      land.append(path);
    }
    root.append(land);
    dots = svg("g", { class: "dots" });
    root.append(dots);
    zoom = EC.panZoom(root, { width: W, height: H, maxScale: 40, onChange: drawDots });
    EC.zoomButtons(document.getElementById("map-zoom"), zoom);
  }

  /** Places merged by screen cell at this zoom: one circle per cluster. */
  function clusters(scale) {
    const px = root.getBoundingClientRect().width || 560;
    const cell = (CELL_PX * W) / (px * scale); // user units
    const cells = new Map();
    for (const p of data.places) {
      const key = `${Math.floor(x(p.lon) / cell)},${Math.floor(y(p.lat) / cell)}`;
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(p);
    }
    return [...cells.values()].map((places) => {
      const events = places.reduce((s, p) => s + p.events, 0);
      return {
        places,
        events,
        cx: places.reduce((s, p) => s + x(p.lon) * p.events, 0) / events,
        cy: places.reduce((s, p) => s + y(p.lat) * p.events, 0) / events,
        conflict: places.reduce((s, p) => s + p.conflict, 0),
      };
    });
  }

  function drawDots(scale) {
    if (!dots || !data) return;
    const px = root.getBoundingClientRect().width || 560;
    const unit = W / (px * scale); // one screen pixel in user units
    dots.replaceChildren();
    for (const c of clusters(scale).sort((a, b) => b.events - a.events)) {
      const r = Math.min(16, 3 + Math.sqrt(c.events) * 1.6) * unit;
      const one = c.places.length === 1;
      const name = one ? c.places[0].name : `${c.places[0].name} and ${c.places.length - 1} more place(s)`;
      const dot = svg("circle", {
        cx: c.cx.toFixed(3), cy: c.cy.toFixed(3), r: r.toFixed(3), tabindex: 0,
        class: `dot${one ? "" : " cluster"}${c.conflict * 2 > c.events ? " conf" : ""}`,
        "stroke-width": (unit * 0.8).toFixed(3), "data-events": c.events,
        "data-places": c.places.length,
      }, svg("title", {}, `${name}: ${c.events} event(s)${one ? "" : " — click to zoom in"}`));
      ctx.activate(dot, () => (one ? showPlace(c.places[0]) : zoom.focus(c.cx, c.cy, splitFactor(c, unit))));
      dots.append(dot);
      if (!one) {
        dots.append(svg("text", { x: c.cx.toFixed(3), y: (c.cy + 3.5 * unit).toFixed(3),
          class: "cluster-count", "font-size": (10 * unit).toFixed(3), "text-anchor": "middle" },
          String(c.events)));
      }
    }
  }

  /** How much to zoom in so that a cluster's places fall into cells of their own. */
  function splitFactor(c, unit) {
    let spread = 0;
    for (const a of c.places) {
      for (const b of c.places) spread = Math.max(spread, Math.hypot(x(a.lon) - x(b.lon), y(a.lat) - y(b.lat)));
    }
    const cell = CELL_PX * unit;
    return Math.max(2, Math.min(40, (1.8 * cell) / Math.max(spread, 1e-6)));
  }

  function showPlace(p) {
    const detail = document.getElementById("map-detail");
    const more = p.events > p.latest.length ? ` (the newest ${p.latest.length} listed)` : "";
    detail.replaceChildren(
      el("h3", {}, `${p.name}${p.country ? `, ${p.country}` : ""} — ${p.events} event(s)${more}`),
      el("ul", {}, ...p.latest.map((e) => el("li", {},
        el("a", { href: `/events/${encodeURIComponent(e.event_id)}` },
          `${e.date || "—"} ${e.source_code || "?"} ${e.cameo} ${e.cameo_name || ""} ${e.target_code || ""}`)))));
  }

  return { load };
})();
