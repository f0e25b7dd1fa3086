/* eventcoder pages: shared helpers (no framework, no network but this server). */
"use strict";

const EC = (() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const QUAD = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
  };

  function fill(node, attrs, children) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = value;
      else if (key.startsWith("on") && typeof value === "function") {
        node.addEventListener(key.slice(2), value);
      } else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** el("a", {href: "/x", class: "y"}, "text", otherNode) */
  function el(tag, attrs, ...children) {
    return fill(document.createElement(tag), attrs, children);
  }

  function svg(tag, attrs, ...children) {
    return fill(document.createElementNS(SVG_NS, tag), attrs, children);
  }

  function query(params) {
    const qs = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value === null || value === undefined || value === "") continue;
      qs.set(key, value);
    }
    const text = qs.toString();
    return text ? `?${text}` : "";
  }

  /** GET (or POST with a JSON body) an API path; throws Error(message) on an error answer. */
  async function api(path, params, body) {
    const init = body === undefined ? {} : {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    };
    let response;
    try {
      response = await fetch(path + query(params), init);
    } catch (err) {
      throw new Error(`the server did not answer (${err.message})`);
    }
    let data = null;
    try {
      data = await response.json();
    } catch (err) {
      data = null;
    }
    if (!response.ok) {
      const message = (data && data.error) || `HTTP ${response.status}`;
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function status(node, text, kind) {
    if (!node) return;
    node.textContent = text || "";
    node.className = `status${kind ? " " + kind : ""}`;
  }

  function num(value, digits) {
    if (value === null || value === undefined || Number.isNaN(value)) return "";
    return Number(value).toFixed(digits === undefined ? 1 : digits);
  }

  function actorLabel(a) {
    if (!a) return "—";
    const name = a.name || a.text || "";
    return a.code ? `${name} (${a.code})` : name || "—";
  }

  /** A stored mention row (flat source_code …) → the record shape of Mention.to_dict(). */
  function nestRow(row) {
    const actor = (prefix) => (row[`${prefix}_code`] || row[`${prefix}_text`]) ? {
      text: row[`${prefix}_text`], name: row[`${prefix}_name`], code: row[`${prefix}_code`],
      country: row[`${prefix}_country`], role: row[`${prefix}_role`],
    } : null;
    return {
      ...row,
      source: actor("source"),
      target: actor("target"),
      date: row.date_text || row.date,
      location: row.location_name ? {
        name: row.location_name, country: row.location_country, lat: row.lat, lon: row.lon,
      } : null,
      attributed_to: row.attributed_code || row.attributed_text ? {
        text: row.attributed_text, name: row.attributed_name, code: row.attributed_code,
      } : null,
    };
  }

  function quadBadge(q) {
    return el("span", { class: `quad q${q}`, title: QUAD[q] || "" }, `Q${q} ${QUAD[q] || ""}`);
  }

  function flags(m) {
    const out = [];
    if (m.negated) out.push(el("span", { class: "flag neg" }, "negated"));
    if (m.modality && m.modality !== "asserted") {
      out.push(el("span", { class: "flag mod" }, m.modality));
    }
    if (m.future && m.modality !== "future") out.push(el("span", { class: "flag mod" }, "future"));
    if (m.background) out.push(el("span", { class: "flag mod" }, "background"));
    return out;
  }

  /** One coded mention as a list item (the Code page and the Article page). */
  function mentionItem(m, index) {
    const place = m.location ? m.location.name + (m.location.country ? `, ${m.location.country}` : "") : "—";
    const date = m.date ? `${m.date}${m.date_precision ? ` (${m.date_precision})` : ""}` : "—";
    return el("li", { class: "mention", id: `m${index}`, "data-index": index },
      el("div", { class: "mhead" },
        el("span", { class: "code" }, m.cameo),
        el("span", { class: "cname" }, m.cameo_name),
        m.plover ? el("span", { class: "plover" }, m.plover) : null,
        quadBadge(m.quad_class),
        ...flags(m)),
      el("div", { class: "dyad" },
        el("span", { class: "actor src" }, actorLabel(m.source)), " → ",
        el("span", { class: "actor tgt" }, actorLabel(m.target))),
      el("dl", { class: "facts" },
        el("dt", {}, "Goldstein"), el("dd", { class: "goldstein" }, num(m.goldstein)),
        el("dt", {}, "Date"), el("dd", { class: "date" }, date),
        el("dt", {}, "Place"), el("dd", { class: "place" }, place),
        el("dt", {}, "Confidence"), el("dd", { class: "confidence" }, num(m.confidence, 2)),
        el("dt", {}, "Trigger"), el("dd", { class: "trigger" }, m.trigger),
        el("dt", {}, "Negated"), el("dd", { class: "negated" }, m.negated ? "yes" : "no"),
        el("dt", {}, "Modality"), el("dd", { class: "modality" }, m.modality || "asserted"),
        m.attributed_to ? el("dt", {}, "According to") : null,
        m.attributed_to ? el("dd", {}, actorLabel(m.attributed_to)) : null),
      m.event_id ? el("a", { href: `/events/${encodeURIComponent(m.event_id)}`, class: "more" }, "event →") : null);
  }

  /** The text with <mark> spans; each mark lists the mentions it belongs to. */
  function renderMarked(container, text, spans) {
    container.replaceChildren();
    let pos = 0;
    for (const span of spans) {
      if (span.start < pos || span.end > text.length) continue;
      if (span.start > pos) container.append(text.slice(pos, span.start));
      const title = span.kind === "actor" && span.code ? `${span.kind}: ${span.code}` : span.kind;
      container.append(el("mark", {
        class: `hl ${span.kind}${span.role ? " " + span.role : ""}`,
        "data-mentions": span.mentions.join(" "),
        "data-kind": span.kind,
        title,
        tabindex: 0,
      }, text.slice(span.start, span.end)));
      pos = span.end;
    }
    if (pos < text.length) container.append(text.slice(pos));
  }

  /** Hovering / clicking a mark selects its mentions in the list, and back. */
  function linkMarks(container, list) {
    const select = (indices, scroll) => {
      container.querySelectorAll("mark.on").forEach((n) => n.classList.remove("on"));
      list.querySelectorAll("li.on").forEach((n) => n.classList.remove("on"));
      for (const i of indices) {
        const item = list.querySelector(`li[data-index="${i}"]`);
        if (item) {
          item.classList.add("on");
          if (scroll) item.scrollIntoView({ block: "nearest", behavior: "smooth" });
        }
        container.querySelectorAll("mark").forEach((mark) => {
          if (mark.dataset.mentions.split(" ").includes(String(i))) mark.classList.add("on");
        });
      }
    };
    container.addEventListener("click", (ev) => {
      const mark = ev.target.closest("mark");
      if (mark) select(mark.dataset.mentions.split(" "), true);
    });
    container.addEventListener("keydown", (ev) => {
      const mark = ev.target.closest("mark");
      if (mark && ev.key === "Enter") select(mark.dataset.mentions.split(" "), true);
    });
    list.addEventListener("click", (ev) => {
      if (ev.target.closest("a")) return;
      const item = ev.target.closest("li[data-index]");
      if (item) {
        select([item.dataset.index], false);
        const first = container.querySelector("mark.on");
        if (first) first.scrollIntoView({ block: "nearest", behavior: "smooth" });
      }
    });
  }

  /** The evidence sentence with its trigger in bold (offsets are into the article). */
  function sentenceWithTrigger(m) {
    const s = m.sentence || "";
    const a = (m.trigger_start ?? 0) - (m.start ?? 0);
    const b = (m.trigger_end ?? 0) - (m.start ?? 0);
    if (a >= 0 && b > a && b <= s.length) {
      return [s.slice(0, a), el("strong", { class: "trig" }, s.slice(a, b)), s.slice(b)];
    }
    const at = m.trigger ? s.indexOf(m.trigger.split(" ")[0]) : -1;
    if (at >= 0) {
      const w = m.trigger.split(" ")[0];
      return [s.slice(0, at), el("strong", { class: "trig" }, w), s.slice(at + w.length)];
    }
    return [s];
  }

  return {
    QUAD, el, svg, api, query, status, num, actorLabel, nestRow, quadBadge, flags,
    mentionItem, renderMarked, linkMarks, sentenceWithTrigger,
  };
})();
