/* Explore: filters → event table, dyad timeline (SVG), world map (SVG), actor network (SVG). */
"use strict";

(() => {
  const { el, svg, api, status, num } = EC;
  const PAGE = 20;
  const form = document.getElementById("filters");
  const state = document.getElementById("explore-status");
  let offset = 0;
  let world = null;

  /** Click or Enter / Space on a focusable SVG element. */
  function activate(node, action) {
    node.addEventListener("click", action);
    node.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        action();
      }
    });
  }

  // ------------------------------------------------------------------ filters
  function filters() {
    const out = {};
    for (const [key, value] of new FormData(form).entries()) {
      if (String(value).trim()) out[key] = String(value).trim();
    }
    return out;
  }

  function setFilters(values, replace) {
    for (const input of form.elements) {
      if (!input.name) continue;
      if (replace) input.value = "";
      if (input.name in values) input.value = values[input.name];
    }
    offset = 0;
    load();
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    offset = 0;
    load();
  });
  document.getElementById("clear").addEventListener("click", () => setFilters({}, true));
  document.getElementById("prev").addEventListener("click", () => {
    offset = Math.max(0, offset - PAGE);
    loadTable(filters());
  });
  document.getElementById("next").addEventListener("click", () => {
    offset += PAGE;
    loadTable(filters());
  });

  async function load() {
    const f = filters();
    history.replaceState(null, "", `/explore${EC.query(f)}`);
    status(state, "Loading…", "busy");
    const jobs = [loadTable(f), loadChart(f), loadMap(f), loadNetwork(f), loadDyads(f)];
    const results = await Promise.allSettled(jobs);
    const failed = results.find((r) => r.status === "rejected");
    if (failed) status(state, failed.reason.message, "error");
    else status(state, "");
  }

  // ------------------------------------------------------------------ table
  function actorCell(code, name) {
    if (!code) return el("td", { class: "muted" }, "—");
    return el("td", { title: name || "" },
      el("a", { href: "#", class: "actor-link", "data-actor": code }, code),
      name ? el("span", { class: "sub" }, ` ${name}`) : null);
  }

  async function loadTable(f) {
    const data = await api("/api/events", { ...f, limit: PAGE, offset });
    const body = document.querySelector("#events tbody");
    body.replaceChildren(...data.items.map((e) => {
      const href = `/events/${encodeURIComponent(e.event_id)}`;
      return el("tr", { class: `q${e.quad_class}`, "data-href": href, "data-event": e.event_id },
        el("td", {}, el("a", { href }, e.date || "—")),
        actorCell(e.source_code, e.source_name),
        el("td", {}, el("a", { href }, `${e.cameo} ${e.cameo_name || ""}`)),
        actorCell(e.target_code, e.target_name),
        el("td", {}, EC.quadBadge(e.quad_class)),
        el("td", { class: "num" }, num(e.goldstein)),
        el("td", {}, e.location_name || ""),
        el("td", { class: "num" }, e.num_mentions));
    }));
    if (!data.items.length) {
      body.append(el("tr", {}, el("td", { colspan: 8, class: "empty" }, "No event matches these filters.")));
    }
    document.getElementById("event-count").textContent =
      data.items.length ? `(${offset + 1}–${offset + data.items.length}${data.has_more ? ", more" : ""})` : "(0)";
    document.getElementById("page-info").textContent = `page ${Math.floor(offset / PAGE) + 1}`;
    document.getElementById("prev").disabled = offset === 0;
    document.getElementById("next").disabled = !data.has_more;
  }

  document.querySelector("#events tbody").addEventListener("click", (ev) => {
    const link = ev.target.closest("a.actor-link");
    if (link) {
      ev.preventDefault();
      setFilters({ actor: link.dataset.actor });
      return;
    }
    const row = ev.target.closest("tr[data-href]");
    if (row && !ev.target.closest("a")) location.href = row.dataset.href;
  });

  // ------------------------------------------------------------------ timeline chart
  function periodEnd(period, freq) {
    const d = new Date(`${period}T00:00:00Z`);
    if (freq === "day") return period;
    if (freq === "week") d.setUTCDate(d.getUTCDate() + 6);
    else if (freq === "month") { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
    else if (freq === "quarter") { d.setUTCMonth(d.getUTCMonth() + 3); d.setUTCDate(0); }
    else { d.setUTCFullYear(d.getUTCFullYear() + 1); d.setUTCDate(0); }
    return d.toISOString().slice(0, 10);
  }

  async function loadChart(f) {
    let data = await api("/api/timeline", { ...f, freq: "month" });
    if (data.periods.length > 0 && data.periods.length <= 2) {
      data = await api("/api/timeline", { ...f, freq: "day" });
    }
    const title = f.dyad ? `${f.dyad.replace(",", " → ")}` : "all matching events";
    document.getElementById("chart-title").textContent = `(${title}, per ${data.freq})`;
    drawChart(document.getElementById("chart"), data);
  }

  function drawChart(box, data) {
    const W = 560, H = 260, L = 40, R = 40, T = 14, B = 40;
    const periods = data.periods;
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart-svg", role: "img",
      "aria-label": "cooperation and conflict events per period, with mean Goldstein" });
    box.replaceChildren(root);
    if (!periods.length) {
      root.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, "No dated event matches these filters."));
      return;
    }
    const coop = periods.map((p) => (p.verbal_cooperation || 0) + (p.material_cooperation || 0));
    const conf = periods.map((p) => (p.verbal_conflict || 0) + (p.material_conflict || 0));
    const max = Math.max(1, ...coop, ...conf);
    const mid = T + (H - T - B) / 2;
    const half = (H - T - B) / 2;
    const step = (W - L - R) / periods.length;
    const bw = Math.max(2, Math.min(40, step * 0.7));
    const y = (v) => half * v / max;
    // axes and grid
    root.append(svg("line", { x1: L, x2: W - R, y1: mid, y2: mid, class: "axis" }));
    root.append(svg("text", { x: L - 4, y: T + 8, "text-anchor": "end", class: "tick" }, max));
    root.append(svg("text", { x: L - 4, y: H - B, "text-anchor": "end", class: "tick" }, max));
    root.append(svg("text", { x: L - 4, y: mid + 4, "text-anchor": "end", class: "tick" }, 0));
    root.append(svg("text", { x: 10, y: mid - 6, class: "label coop", transform: `rotate(-90 10 ${mid - 6})` }, "coop."));
    root.append(svg("text", { x: 10, y: mid + 6, class: "label conf", "text-anchor": "end", transform: `rotate(-90 10 ${mid + 6})` }, "conflict"));
    root.append(svg("text", { x: W - R + 4, y: T + 8, class: "tick gs" }, "+10"));
    root.append(svg("text", { x: W - R + 4, y: H - B, class: "tick gs" }, "−10"));
    root.append(svg("text", { x: W - 2, y: mid - 6, "text-anchor": "end", class: "tick gs" }, "Goldstein"));
    const every = Math.ceil(periods.length / 8);
    const points = [];
    periods.forEach((p, i) => {
      const x = L + step * i + (step - bw) / 2;
      const label = `${p.period}: ${coop[i]} cooperation, ${conf[i]} conflict, mean Goldstein ${num(p.goldstein_mean)}`;
      const group = svg("g", { class: "bar", tabindex: 0, "data-period": p.period },
        svg("title", {}, label),
        svg("rect", { x, y: mid - y(coop[i]), width: bw, height: y(coop[i]), class: "coop" }),
        svg("rect", { x, y: mid, width: bw, height: y(conf[i]), class: "conf" }),
        svg("rect", { x: L + step * i, y: T, width: step, height: H - T - B, class: "hit" }));
      activate(group, () => setFilters({
        since: String(p.period), until: periodEnd(String(p.period), data.freq),
      }));
      root.append(group);
      if (i % every === 0) {
        root.append(svg("text", { x: x + bw / 2, y: H - B + 14, "text-anchor": "middle", class: "tick" },
          String(p.period).slice(0, data.freq === "day" || data.freq === "week" ? 10 : 7)));
      }
      if (p.goldstein_mean !== null && p.goldstein_mean !== undefined) {
        points.push([x + bw / 2, mid - half * p.goldstein_mean / 10]);
      }
    });
    if (points.length) {
      root.append(svg("polyline", { points: points.map((pt) => pt.join(",")).join(" "), class: "gs-line" }));
      for (const [cx, cy] of points) root.append(svg("circle", { cx, cy, r: 2.5, class: "gs-dot" }));
    }
    root.append(svg("text", { x: L, y: H - 6, class: "legend-text" },
      "bars: events per period (green cooperation, red conflict) · line: mean Goldstein · click a bar to zoom"));
  }

  // ------------------------------------------------------------------ world map
  async function loadMap(f) {
    if (!world) {
      const response = await fetch("/static/world.json");
      world = await response.json();
    }
    const data = await api("/api/events", { ...f, limit: 1000 });
    drawMap(document.getElementById("map"), data.items);
  }

  function drawMap(box, events) {
    const root = svg("svg", { viewBox: "0 0 360 170", class: "map-svg", role: "img",
      "aria-label": "world map of event locations" });
    box.replaceChildren(root);
    const involved = {};
    for (const e of events) {
      for (const c of new Set([e.source_country, e.target_country, e.location_country])) {
        if (c) involved[c] = (involved[c] || 0) + 1;
      }
    }
    const top = Math.max(1, ...Object.values(involved));
    const land = svg("g", { class: "land" });
    for (const c of world.countries) {
      const n = involved[c.iso] || 0;
      const shade = n ? 0.15 + 0.6 * Math.sqrt(n / top) : 0;
      const path = svg("path", { d: c.d, "data-iso": c.iso, class: n ? "country hot" : "country",
        "fill-opacity": n ? shade.toFixed(2) : null },
        svg("title", {}, `${c.name} (${c.iso}): ${n} event(s) involve it — click to filter`));
      path.addEventListener("click", () => setFilters({ country: c.iso }));
      land.append(path);
    }
    root.append(land);
    // Points: events with coordinates, grouped by place.
    const places = new Map();
    for (const e of events) {
      if (e.lat === null || e.lat === undefined || e.lon === null || e.lon === undefined) continue;
      const key = `${e.lat.toFixed(2)},${e.lon.toFixed(2)}`;
      if (!places.has(key)) places.set(key, { lat: e.lat, lon: e.lon, name: e.location_name, events: [] });
      places.get(key).events.push(e);
    }
    const dots = svg("g", { class: "dots" });
    for (const p of places.values()) {
      const r = 1.4 + Math.sqrt(p.events.length) * 1.1;
      const dot = svg("circle", { cx: p.lon + 180, cy: 90 - p.lat, r, class: "dot", tabindex: 0 },
        svg("title", {}, `${p.name}: ${p.events.length} event(s)`));
      activate(dot, () => showPlace(p));
      dots.append(dot);
    }
    root.append(dots);
    const located = [...places.values()].reduce((s, p) => s + p.events.length, 0);
    document.getElementById("map-count").textContent = `(${located} of ${events.length} events placed)`;
    document.getElementById("map-detail").replaceChildren();
  }

  function showPlace(p) {
    const detail = document.getElementById("map-detail");
    detail.replaceChildren(
      el("h3", {}, `${p.name} — ${p.events.length} event(s)`),
      el("ul", {}, ...p.events.slice(0, 20).map((e) => el("li", {},
        el("a", { href: `/events/${encodeURIComponent(e.event_id)}` },
          `${e.date || "—"} ${e.source_code || "?"} ${e.cameo} ${e.cameo_name || ""} ${e.target_code || ""}`)))));
  }

  // ------------------------------------------------------------------ top dyads
  async function loadDyads(f) {
    const rows = await api("/api/top/dyads", { ...f, n: 12 });
    const list = document.getElementById("dyads");
    list.replaceChildren(...rows.map((d) => el("li", {},
      el("a", { href: "#", "data-dyad": `${d.source_code},${d.target_code}` },
        `${d.source_code} → ${d.target_code}`),
      el("span", { class: "sub" }, d.source_name || d.target_name
        ? ` ${d.source_name || d.source_code} → ${d.target_name || d.target_code}` : ""),
      el("span", { class: "bar-mini" },
        el("span", { class: "coop", "data-w": Math.round(100 * (1 - d.conflict_share)) }),
        el("span", { class: "conf", "data-w": Math.round(100 * d.conflict_share) })),
      el("span", { class: "sub" }, ` ${d.events} event(s), Goldstein ${num(d.goldstein_mean)}`))));
    // Widths through the CSSOM (inline style attributes are refused by the page's CSP).
    list.querySelectorAll(".bar-mini span").forEach((s) => { s.style.width = `${s.dataset.w}%`; });
    if (!rows.length) list.append(el("li", { class: "empty" }, "No actor pair matches these filters."));
  }

  document.getElementById("dyads").addEventListener("click", (ev) => {
    const link = ev.target.closest("a[data-dyad]");
    if (!link) return;
    ev.preventDefault();
    setFilters({ dyad: link.dataset.dyad, actor: "" });
  });

  // ------------------------------------------------------------------ network
  async function loadNetwork(f) {
    const data = await api("/api/network", { ...f, max_edges: 80 });
    document.getElementById("net-count").textContent = `(${data.nodes.length} actors, ${data.edges.length} links)`;
    drawNetwork(document.getElementById("network"), data);
  }

  function layout(nodes, edges, W, H) {
    // A small deterministic force layout: repulsion, springs along edges, pull to the centre.
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    const pos = nodes.map((n, i) => {
      const a = (2 * Math.PI * i) / Math.max(1, nodes.length);
      return { x: W / 2 + (W / 3) * Math.cos(a), y: H / 2 + (H / 3) * Math.sin(a) };
    });
    const k = Math.sqrt((W * H) / Math.max(1, nodes.length)) * 0.5;
    for (let iter = 0; iter < 300; iter++) {
      const temp = 8 * (1 - iter / 300) + 0.5;
      const disp = pos.map(() => ({ x: 0, y: 0 }));
      for (let i = 0; i < pos.length; i++) {
        for (let j = i + 1; j < pos.length; j++) {
          let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
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
        let dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
        const d = Math.max(0.5, Math.hypot(dx, dy));
        const f = (d * d) / k;
        dx /= d; dy /= d;
        disp[a].x -= dx * f; disp[a].y -= dy * f;
        disp[b].x += dx * f; disp[b].y += dy * f;
      }
      pos.forEach((p, i) => {
        disp[i].x += (W / 2 - p.x) * 0.08 * k / 10;
        disp[i].y += (H / 2 - p.y) * 0.12 * k / 10;
        const d = Math.max(0.01, Math.hypot(disp[i].x, disp[i].y));
        p.x = Math.min(W - 30, Math.max(30, p.x + (disp[i].x / d) * Math.min(d, temp * 3)));
        p.y = Math.min(H - 14, Math.max(26, p.y + (disp[i].y / d) * Math.min(d, temp * 3)));
      });
    }
    return pos;
  }

  function drawNetwork(box, data) {
    const W = 560, H = 360;
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "net-svg", role: "img",
      "aria-label": "actor network" });
    box.replaceChildren(root);
    if (!data.nodes.length) {
      root.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, "No actor pair matches these filters."));
      return;
    }
    root.append(svg("defs", {},
      svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
        svg("path", { d: "M0,0L10,5L0,10z", class: "arrowhead" }))));
    const pos = layout(data.nodes, data.edges, W, H);
    const at = new Map(data.nodes.map((n, i) => [n.id, pos[i]]));
    const maxW = Math.max(1, ...data.edges.map((e) => e.weight));
    const radius = (n) => 5 + Math.sqrt(n.events || 1) * 2;
    const rOf = new Map(data.nodes.map((n) => [n.id, radius(n)]));
    const links = svg("g", { class: "links" });
    for (const e of data.edges) {
      const a = at.get(e.source), b = at.get(e.target);
      if (!a || !b || e.source === e.target) continue;
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(1, Math.hypot(dx, dy));
      const ra = rOf.get(e.source), rb = rOf.get(e.target) + 2;
      // Offset a little to the side so A→B and B→A do not overlap.
      const ox = (-dy / d) * 3, oy = (dx / d) * 3;
      const kind = e.conflict > e.cooperation ? "conf" : e.cooperation > e.conflict ? "coop" : "mixed";
      const line = svg("line", {
        x1: a.x + (dx / d) * ra + ox, y1: a.y + (dy / d) * ra + oy,
        x2: b.x - (dx / d) * rb + ox, y2: b.y - (dy / d) * rb + oy,
        class: `edge ${kind}`, "stroke-width": 1 + 3 * e.weight / maxW, "marker-end": "url(#arrow)",
        "data-dyad": `${e.source},${e.target}`,
      }, svg("title", {}, `${e.source} → ${e.target}: ${e.weight} event(s), ${e.cooperation} cooperation, ${e.conflict} conflict, mean Goldstein ${num(e.goldstein_mean)}`));
      line.addEventListener("click", () => setFilters({ dyad: `${e.source},${e.target}`, actor: "" }));
      links.append(line);
    }
    root.append(links);
    const nodes = svg("g", { class: "nodes" });
    data.nodes.forEach((n, i) => {
      const p = pos[i];
      const g = svg("g", { class: "node", tabindex: 0, "data-actor": n.id, transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})` },
        svg("title", {}, `${n.name || n.id} (${n.id}): ${n.events} event(s) — click to filter`),
        svg("circle", { r: radius(n) }),
        svg("text", { y: -radius(n) - 3, "text-anchor": "middle" }, n.id));
      activate(g, () => setFilters({ actor: n.id, dyad: "" }));
      nodes.append(g);
    });
    root.append(nodes);
  }

  // ------------------------------------------------------------------ freshness
  /** "3 minutes ago" for an ISO UTC time. */
  function ago(iso) {
    const seconds = Math.max(0, (Date.now() - Date.parse(iso)) / 1000);
    const steps = [[86400, "day"], [3600, "hour"], [60, "minute"]];
    for (const [size, unit] of steps) {
      const n = Math.floor(seconds / size);
      if (n >= 1) return `${n} ${unit}${n > 1 ? "s" : ""} ago`;
    }
    return "just now";
  }

  async function loadFreshness() {
    const node = document.getElementById("freshness");
    try {
      const s = await api("/api/sources");
      if (!s.last_article_at) {
        node.textContent = "The store holds no article yet.";
        return;
      }
      const when = `${s.last_article_at.replace("T", " ").replace("Z", " UTC")} (${ago(s.last_article_at)})`;
      const from = s.sources
        ? `from ${s.sources} watched source${s.sources > 1 ? "s" : ""} (${s.feeds} feed${s.feeds === 1 ? "" : "s"}, ${s.pages} article page${s.pages === 1 ? "" : "s"})`
        : "not watched: filled by eventcoder ingest";
      node.textContent = `Last article received ${when}, ${from} · ${s.articles} articles from ${s.outlets} outlet${s.outlets === 1 ? "" : "s"}`;
      node.dataset.sources = String(s.sources);
    } catch (err) {
      status(node, err.message, "error");
    }
  }

  loadFreshness();
  load();
})();
