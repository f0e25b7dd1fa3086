/* One event: its coding and the evidence sentences it was coded from. */
"use strict";

(() => {
  const { el, api, num } = EC;
  const box = document.getElementById("event");
  const list = document.getElementById("evidence");
  const id = box.dataset.id;

  function fact(label, value) {
    return [el("dt", {}, label), el("dd", {}, value === null || value === undefined || value === "" ? "—" : value)];
  }

  async function load() {
    let e;
    try {
      e = await api(`/api/events/${encodeURIComponent(id)}`);
    } catch (err) {
      box.replaceChildren(el("p", { class: "status error" }, err.message));
      return;
    }
    const place = e.location_name ? `${e.location_name}${e.location_country ? ", " + e.location_country : ""}` : null;
    box.replaceChildren(
      el("h1", {}, `${e.cameo} ${e.cameo_name || ""}`),
      el("p", { class: "dyad big" },
        el("a", { href: `/explore?actor=${encodeURIComponent(e.source_code || "")}` }, `${e.source_name || e.source_code || "—"}`),
        " → ",
        el("a", { href: `/explore?actor=${encodeURIComponent(e.target_code || "")}` }, `${e.target_name || e.target_code || "—"}`),
        e.source_code && e.target_code
          ? el("a", { class: "sub", href: `/explore?dyad=${encodeURIComponent(e.source_code + "," + e.target_code)}` }, "  (dyad timeline)")
          : null),
      el("dl", { class: "facts wide" },
        ...fact("Date", e.date ? `${e.date} (precision: ${e.date_precision || "—"})` : null),
        ...fact("Reported as", [e.asserted ? "done" : "not done", e.modality && e.modality !== "asserted" ? e.modality : null,
          e.negated ? "negated" : null, e.background ? "background (long before the story)" : null].filter(Boolean).join(", ")),
        ...fact("Source", e.source_code),
        ...fact("Target", e.target_code),
        ...fact("CAMEO", `${e.cameo} ${e.cameo_name || ""} (root ${e.root})`),
        ...fact("PLOVER", e.plover),
        ...fact("QuadClass", EC.quadBadge(e.quad_class)),
        ...fact("Goldstein", num(e.goldstein)),
        ...fact("Place", place),
        ...fact("Mentions / articles / sources", `${e.num_mentions} / ${e.num_articles} / ${e.num_sources}`),
        ...fact("Confidence", num(e.confidence, 2)),
        ...fact("First reported in", e.title || e.outlet || e.source_url
          ? [e.title, e.outlet].filter(Boolean).join(" · ") + (e.source_url ? ` — ${e.source_url}` : "") : null),
        ...fact("Event id", e.event_id)));
    list.replaceChildren(...e.mentions.map((m) => el("li", { class: "evidence-item" },
      el("blockquote", { class: "evidence" }, ...EC.sentenceWithTrigger(m)),
      el("div", { class: "sub" },
        el("a", { href: `/articles/${encodeURIComponent(m.article_id)}` }, m.article_title || m.article_id),
        m.outlet ? ` · ${m.outlet}` : "",
        m.published ? ` · published ${m.published}` : "",
        m.modality && m.modality !== "asserted" ? ` · ${m.modality}` : "",
        ` · confidence ${num(m.confidence, 2)}`))));
    if (!e.mentions.length) list.append(el("li", { class: "empty" }, "No evidence stored."));
  }

  // Back to the filtered view this event was opened from, when there was one.
  const back = document.getElementById("back");
  if (back && document.referrer) {
    try {
      const from = new URL(document.referrer);
      if (from.origin === location.origin && from.pathname === "/explore") back.href = from.pathname + from.search;
    } catch (err) {
      /* not a URL: keep the plain link */
    }
  }

  load();
})();
