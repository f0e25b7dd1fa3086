/* One stored article: its text marked up, beside its coded events. */
"use strict";

(() => {
  const { el, api } = EC;
  const head = document.getElementById("article-head");
  const marked = document.getElementById("marked");
  const list = document.getElementById("mentions");
  const id = head.dataset.id;

  async function load() {
    let a;
    try {
      a = await api(`/api/articles/${encodeURIComponent(id)}`);
    } catch (err) {
      head.replaceChildren(el("p", { class: "status error" }, err.message));
      return;
    }
    head.replaceChildren(
      el("h1", {}, a.title || "(untitled article)"),
      el("p", { class: "sub" },
        a.published ? `published ${a.published}` : "no publication date",
        a.outlet ? ` · ${a.outlet}` : "",
        a.url ? " · " : "", a.url ? el("a", { href: a.url, rel: "noreferrer noopener" }, a.url) : null,
        ` · ${a.events.length} event(s) · id ${a.article_id}`));
    EC.renderMarked(marked, a.text || "", a.spans);
    const mentions = a.mentions.map(EC.nestRow);
    list.replaceChildren(...mentions.map((m, i) => EC.mentionItem(m, i)));
    if (!mentions.length) list.append(el("li", { class: "empty" }, "No event was coded in this article."));
    document.getElementById("mention-count").textContent = `(${mentions.length})`;
  }

  EC.linkMarks(marked, list);
  load();
})();
