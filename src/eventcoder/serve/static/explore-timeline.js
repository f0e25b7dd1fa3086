/* Explore: the timeline (GET /api/timeline) of a dyad, one actor, or all matching events, on
 * a real time axis: each period is as wide as the time it covers, empty periods are there
 * (zero bars), the ticks fall on calendar boundaries. Click a bar to zoom into its period. */
"use strict";

EC.exploreTimeline = (() => {
  const { svg, api, num } = EC;
  const W = 560, H = 260, L = 40, R = 40, T = 14, B = 40;
  const DAY = 86400000;

  const time = (iso) => Date.parse(`${iso}T00:00:00Z`);

  /** The first day after the period that starts at `iso`. */
  function nextPeriod(iso, freq) {
    const d = new Date(time(iso));
    if (freq === "day") d.setUTCDate(d.getUTCDate() + 1);
    else if (freq === "week") d.setUTCDate(d.getUTCDate() + 7);
    else if (freq === "month") d.setUTCMonth(d.getUTCMonth() + 1);
    else if (freq === "quarter") d.setUTCMonth(d.getUTCMonth() + 3);
    else d.setUTCFullYear(d.getUTCFullYear() + 1);
    return d.getTime();
  }

  const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

  async function load(f, ctx) {
    const chosen = document.getElementById("freq").value;
    let data = await api("/api/timeline", { ...f, freq: chosen === "auto" ? "month" : chosen });
    if (chosen === "auto" && data.periods.length > 0 && data.periods.length <= 2) {
      data = await api("/api/timeline", { ...f, freq: "day" });
    } else if (chosen === "auto" && data.periods.length > 48) {
      data = await api("/api/timeline", { ...f, freq: "quarter" });
    }
    const who = f.dyad ? f.dyad.replace(",", " → ") : f.actor ? `${f.actor}, as source or target` : "all matching events";
    document.getElementById("chart-title").textContent = `(${who}, per ${data.freq}, ${data.periods.length} period${data.periods.length === 1 ? "" : "s"})`;
    draw(document.getElementById("chart"), data, ctx);
  }

  /** Calendar ticks for the span [t0, t1): years, quarters, months or days, at most ~8. */
  function ticks(t0, t1) {
    const years = (t1 - t0) / (365.25 * DAY);
    const out = [];
    const d = new Date(t0);
    d.setUTCDate(1);
    let step, format;
    if (years > 6) { d.setUTCMonth(0); step = (x) => x.setUTCFullYear(x.getUTCFullYear() + Math.ceil(years / 8)); format = (x) => String(x.getUTCFullYear()); }
    else if (years > 1.5) { d.setUTCMonth(0); step = (x) => x.setUTCMonth(x.getUTCMonth() + (years > 3 ? 12 : 6)); format = (x) => x.toISOString().slice(0, 7); }
    else if (years > 0.25) { step = (x) => x.setUTCMonth(x.getUTCMonth() + Math.max(1, Math.ceil(years * 12 / 8))); format = (x) => x.toISOString().slice(0, 7); }
    else { d.setTime(t0); step = (x) => x.setUTCDate(x.getUTCDate() + Math.max(1, Math.ceil((t1 - t0) / DAY / 8))); format = (x) => x.toISOString().slice(0, 10); }
    for (let guard = 0; d.getTime() < t1 && guard < 200; guard++) {
      if (d.getTime() >= t0) out.push([d.getTime(), format(d)]);
      step(d);
    }
    return out;
  }

  function draw(box, data, ctx) {
    const periods = data.periods;
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart-svg", role: "img",
      "aria-label": "cooperation and conflict events per period on a time axis, with mean Goldstein" });
    box.replaceChildren(root);
    if (!periods.length) {
      root.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, "No dated event matches these filters."));
      return;
    }
    const t0 = time(periods[0].period);
    const t1 = nextPeriod(periods[periods.length - 1].period, data.freq);
    const xOf = (t) => L + ((t - t0) / (t1 - t0)) * (W - L - R);
    const coop = periods.map((p) => (p.verbal_cooperation || 0) + (p.material_cooperation || 0));
    const conf = periods.map((p) => (p.verbal_conflict || 0) + (p.material_conflict || 0));
    const max = Math.max(1, ...coop, ...conf);
    const mid = T + (H - T - B) / 2, half = (H - T - B) / 2;
    const y = (v) => (half * v) / max;
    root.append(svg("line", { x1: L, x2: W - R, y1: mid, y2: mid, class: "axis" }));
    root.append(svg("line", { x1: L, x2: W - R, y1: H - B + 2, y2: H - B + 2, class: "axis time-axis" }));
    for (const [label, yy] of [[max, T + 8], [max, H - B], [0, mid + 4]]) {
      root.append(svg("text", { x: L - 4, y: yy, "text-anchor": "end", class: "tick" }, label));
    }
    root.append(svg("text", { x: 10, y: mid - 6, class: "label coop", transform: `rotate(-90 10 ${mid - 6})` }, "coop."));
    root.append(svg("text", { x: 10, y: mid + 6, class: "label conf", "text-anchor": "end", transform: `rotate(-90 10 ${mid + 6})` }, "conflict"));
    root.append(svg("text", { x: W - R + 4, y: T + 8, class: "tick gs" }, "+10"));
    root.append(svg("text", { x: W - R + 4, y: H - B, class: "tick gs" }, "−10"));
    root.append(svg("text", { x: W - 2, y: mid - 6, "text-anchor": "end", class: "tick gs" }, "Goldstein"));
    for (const [t, label] of ticks(t0, t1)) {
      root.append(svg("line", { x1: xOf(t), x2: xOf(t), y1: H - B + 2, y2: H - B + 6, class: "axis" }));
      root.append(svg("text", { x: xOf(t), y: H - B + 16, "text-anchor": "middle", class: "tick time" }, label));
    }
    const runs = [[]]; // the Goldstein line, broken where a period has no event
    periods.forEach((p, i) => {
      const a = xOf(time(p.period)), b = xOf(nextPeriod(p.period, data.freq));
      const bw = Math.max(1, (b - a) * 0.8), x = a + (b - a - bw) / 2;
      const label = `${p.period}: ${p.events} event(s), ${coop[i]} cooperation, ${conf[i]} conflict` +
        (p.goldstein_mean === null || p.goldstein_mean === undefined ? "" : `, mean Goldstein ${num(p.goldstein_mean)}`);
      const group = svg("g", { class: `bar${p.events ? "" : " empty"}`, tabindex: 0,
        "data-period": p.period, "data-events": p.events, "data-x": a.toFixed(2) },
        svg("title", {}, label),
        svg("rect", { x, y: mid - y(coop[i]), width: bw, height: y(coop[i]), class: "coop" }),
        svg("rect", { x, y: mid, width: bw, height: y(conf[i]), class: "conf" }),
        svg("rect", { x: a, y: T, width: Math.max(1, b - a), height: H - T - B, class: "hit" }));
      ctx.activate(group, () => ctx.setFilters({
        since: String(p.period), until: isoDay(nextPeriod(p.period, data.freq) - DAY),
      }));
      root.append(group);
      if (p.goldstein_mean !== null && p.goldstein_mean !== undefined) {
        runs[runs.length - 1].push([x + bw / 2, mid - (half * p.goldstein_mean) / 10]);
      } else if (runs[runs.length - 1].length) {
        runs.push([]);
      }
    });
    for (const run of runs.filter((r) => r.length)) {
      if (run.length > 1) root.append(svg("polyline", { points: run.map((pt) => pt.join(",")).join(" "), class: "gs-line" }));
      for (const [cx, cy] of run) root.append(svg("circle", { cx, cy, r: 2.5, class: "gs-dot" }));
    }
    root.append(svg("text", { x: L, y: H - 4, class: "legend-text" },
      "bars: events per period (green cooperation, red conflict; gaps: no event) · line: mean Goldstein · click a bar to zoom"));
  }

  return { load, nextPeriod };
})();
