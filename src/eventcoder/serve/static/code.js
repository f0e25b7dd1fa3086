/* Code a text: POST /api/code, then the marked-up text beside the coded events. */
"use strict";

(() => {
  const { el, api, status } = EC;
  const form = document.getElementById("code-form");
  const text = document.getElementById("text");
  const title = document.getElementById("title");
  const published = document.getElementById("published");
  const file = document.getElementById("file");
  const state = document.getElementById("code-status");
  const result = document.getElementById("code-result");
  const marked = document.getElementById("marked");
  const list = document.getElementById("mentions");
  const count = document.getElementById("mention-count");
  const button = document.getElementById("code-button");

  file.addEventListener("change", () => {
    const chosen = file.files && file.files[0];
    if (!chosen) return;
    if (chosen.size > 2 * 1024 * 1024) {
      status(state, `${chosen.name} is too large to code here`, "error");
      return;
    }
    const dated = /(\d{4}-\d{2}-\d{2})/.exec(chosen.name);
    if (dated && !published.value) published.value = dated[1];
    uploadFile(chosen);
  });

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const body = { text: text.value };
    if (published.value) body.published = published.value;
    if (title.value.trim()) body.title = title.value.trim();
    button.disabled = true;
    status(state, "Coding…", "busy");
    try {
      const data = await api("/api/code", undefined, body);
      render(data);
      status(state, `${data.mentions.length} event mention(s) coded`, "ok");
    } catch (err) {
      status(state, err.message, "error");
    } finally {
      button.disabled = false;
    }
  });

  /** A file goes to POST /api/code/file: the server reads it as the CLI does (text in any
   *  Unicode form, HTML main text, PDF, Word .docx), codes it and sends its text back. */
  async function uploadFile(chosen) {
    const form = new FormData();
    form.append("file", chosen);
    if (published.value) form.append("published", published.value);
    if (title.value.trim()) form.append("title", title.value.trim());
    button.disabled = true;
    status(state, `Coding ${chosen.name}…`, "busy");
    try {
      const response = await fetch("/api/code/file", { method: "POST", body: form });
      const data = await response.json();
      if (!response.ok) throw new Error(data.error || `HTTP ${response.status}`);
      text.value = data.article.text;
      render(data);
      status(state, `${chosen.name}: ${data.mentions.length} event mention(s) coded`, "ok");
    } catch (err) {
      status(state, err.message, "error");
    } finally {
      button.disabled = false;
    }
  }

  function render(data) {
    result.hidden = false;
    EC.renderMarked(marked, data.article.text, data.spans);
    list.replaceChildren(...data.mentions.map((m, i) => EC.mentionItem(m, i)));
    if (!data.mentions.length) {
      list.append(el("li", { class: "empty" }, "No political event was found in this text."));
    }
    count.textContent = `(${data.mentions.length})`;
  }

  EC.linkMarks(marked, list);
})();
