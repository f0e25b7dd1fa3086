/* Explore: filters → event table (with the total), top dyads; the timeline, map and network
 * are drawn by explore-timeline.js, explore-map.js and explore-network.js. */
"use strict";

(() => {
  const { el, api, status, num } = EC;
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
    const ctx = { setFilters, activate };
    const jobs = [loadTable(f), EC.exploreTimeline.load(f, ctx), EC.exploreMap.load(f, ctx),
      EC.exploreNetwork.load(f, ctx), loadDyads(f)];
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
    document.getElementById("event-count").textContent = data.items.length
      ? `(${offset + 1}–${offset + data.items.length} of ${data.total} matching)` : `(0 of ${data.total})`;
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

  document.getElementById("freq").addEventListener("change", () => {
    EC.exploreTimeline.load(filters(), { setFilters, activate })
      .catch((err) => status(state, err.message, "error"));
  });
  document.getElementById("net-countries").addEventListener("change", () => {
    EC.exploreNetwork.load(filters(), { setFilters, activate })
      .catch((err) => status(state, err.message, "error"));
  });

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
