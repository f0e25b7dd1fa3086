/* Contested claims: each accusation beside the denial or rejection that answers it. */
"use strict";

(() => {
  const { el, api, status } = EC;
  const form = document.getElementById("claim-filters");
  const box = document.getElementById("claims");
  const state = document.getElementById("claims-status");

  function filters() {
    const out = {};
    for (const [key, value] of new FormData(form).entries()) {
      if (String(value).trim()) out[key] = String(value).trim();
    }
    return out;
  }

  function side(kind, m) {
    const who = `${m.source_name || m.source_text || m.source_code || "?"} (${m.source_code || "?"})`;
    const whom = m.target_code ? `${m.target_name || m.target_text || m.target_code} (${m.target_code})` : "—";
    const sentence = m.sentence || "";
    const at = m.trigger ? sentence.indexOf(m.trigger.split(" ")[0]) : -1;
    const word = m.trigger ? m.trigger.split(" ")[0] : "";
    const quoted = at >= 0
      ? [sentence.slice(0, at), el("strong", { class: "trig" }, word), sentence.slice(at + word.length)]
      : [sentence];
    return el("div", { class: `claim-side ${kind}` },
      el("div", { class: "claim-kind" }, kind === "accusation" ? "Accusation" : "Answer"),
      el("div", { class: "claim-who" }, who, " → ", whom),
      el("div", { class: "claim-code" }, `${m.cameo} ${m.cameo_name || ""}`, m.plover ? ` · ${m.plover}` : "",
        ` · ${m.date || "undated"}`),
      el("blockquote", { class: "evidence" }, ...quoted),
      el("div", { class: "claim-links" },
        m.event_id ? el("a", { href: `/events/${encodeURIComponent(m.event_id)}` }, "event →") : null, " ",
        el("a", { href: `/articles/${encodeURIComponent(m.article_id)}` }, "article →"),
        m.outlet ? el("span", { class: "sub" }, ` ${m.outlet}`) : null));
  }

  async function load() {
    const f = filters();
    history.replaceState(null, "", `/claims${EC.query(f)}`);
    status(state, "Loading…", "busy");
    try {
      const data = await api("/api/claims", f);
      box.replaceChildren(...data.items.map((p) => el("article", { class: "claim panel" },
        el("h3", {}, `${p.accuser} accuses ${p.accused} — ${p.accused} answers`,
          el("span", { class: "sub" }, p.days_apart === 0 ? " (same day)" : ` (${Math.abs(p.days_apart)} day(s) ${p.days_apart > 0 ? "later" : "earlier"})`)),
        el("div", { class: "claim-pair" }, side("accusation", p.accusation), side("denial", p.denial)))));
      if (!data.items.length) {
        box.append(el("p", { class: "empty panel" }, `No accusation answered by a denial within ${data.window} day(s) matches these filters.`));
      }
      status(state, `${data.count} contested claim(s)`, "ok");
    } catch (err) {
      status(state, err.message, "error");
    }
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    load();
  });
  load();
})();
