/* /docs: the API reference, rendered from /openapi.json (no external assets). */
"use strict";

(() => {
  const { el } = EC;
  const box = document.getElementById("apidocs");

  function typeOf(schema, spec) {
    if (!schema) return "";
    if (schema.$ref) return schema.$ref.split("/").pop();
    if (schema.anyOf) return schema.anyOf.map((s) => typeOf(s, spec)).join(" | ");
    if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
    if (schema.type === "array") return `${typeOf(schema.items, spec)}[]`;
    return schema.type || "";
  }

  function params(op, spec) {
    const list = op.parameters || [];
    if (!list.length) return null;
    return el("table", { class: "params" },
      el("thead", {}, el("tr", {}, el("th", {}, "parameter"), el("th", {}, "in"), el("th", {}, "type"), el("th", {}, "description"))),
      el("tbody", {}, ...list.map((p) => el("tr", {},
        el("td", {}, el("code", {}, p.name), p.required ? " *" : ""),
        el("td", {}, p.in),
        el("td", {}, typeOf(p.schema, spec), p.schema && p.schema.default !== undefined ? ` = ${JSON.stringify(p.schema.default)}` : ""),
        el("td", {}, p.description || (p.schema && p.schema.description) || "")))));
  }

  function body(op, spec) {
    const content = op.requestBody && op.requestBody.content && op.requestBody.content["application/json"];
    if (!content) return null;
    const name = typeOf(content.schema, spec);
    const schema = spec.components.schemas[name] || {};
    return el("div", {}, el("h4", {}, `JSON body: ${name}`),
      el("table", { class: "params" }, el("tbody", {},
        ...Object.entries(schema.properties || {}).map(([key, prop]) => el("tr", {},
          el("td", {}, el("code", {}, key), (schema.required || []).includes(key) ? " *" : ""),
          el("td", {}, typeOf(prop, spec)),
          el("td", {}, prop.description || ""))))));
  }

  async function load() {
    const spec = await (await fetch("/openapi.json")).json();
    const sections = [];
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        sections.push(el("section", { class: "endpoint panel", id: op.operationId },
          el("h3", {}, el("span", { class: `method ${method}` }, method.toUpperCase()), " ", el("code", {}, path)),
          el("p", { class: "summary" }, op.summary || ""),
          op.description ? el("p", { class: "sub pre" }, op.description) : null,
          params(op, spec), body(op, spec)));
      }
    }
    box.replaceChildren(el("p", {}, `${spec.info.title} ${spec.info.version} — ${sections.length} endpoints`), ...sections);
  }

  load().catch((err) => box.replaceChildren(el("p", { class: "status error" }, err.message)));
})();
