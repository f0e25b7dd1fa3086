/* Pan and zoom of an SVG through its viewBox: wheel, drag, and +, −, reset buttons. */
"use strict";

/**
 * EC.panZoom(svgRoot, {width, height, maxScale, onChange}) → {zoomBy, focus, reset, scale}.
 * `onChange(scale)` runs after every change (scale 1 = the whole picture). A drag does not
 * end in a click on what lies under the pointer.
 */
EC.panZoom = (root, { width, height, maxScale = 30, onChange }) => {
  const view = { x: 0, y: 0, w: width, h: height };
  let drag = null;
  let dragged = false;

  function apply() {
    view.w = Math.min(width, Math.max(width / maxScale, view.w));
    view.h = (view.w * height) / width;
    view.x = Math.min(width - view.w, Math.max(0, view.x));
    view.y = Math.min(height - view.h, Math.max(0, view.y));
    root.setAttribute("viewBox", `${view.x.toFixed(3)} ${view.y.toFixed(3)} ${view.w.toFixed(3)} ${view.h.toFixed(3)}`);
    root.dataset.scale = (width / view.w).toFixed(3);
    if (onChange) onChange(width / view.w);
  }

  /** Zoom by `factor` keeping the user-space point (cx, cy) where it is on screen. */
  function zoomBy(factor, cx = view.x + view.w / 2, cy = view.y + view.h / 2) {
    const w = view.w / factor;
    view.x = cx - ((cx - view.x) * w) / view.w;
    view.y = cy - ((cy - view.y) * w) / view.w;
    view.w = w;
    apply();
  }

  /** Centre the point (x, y) and zoom in by `factor`. */
  function focus(x, y, factor) {
    view.w /= factor;
    view.h = (view.w * height) / width;
    view.x = x - view.w / 2;
    view.y = y - view.h / 2;
    apply();
  }

  function reset() {
    Object.assign(view, { x: 0, y: 0, w: width, h: height });
    apply();
  }

  function toUser(ev) {
    const box = root.getBoundingClientRect();
    return {
      x: view.x + ((ev.clientX - box.left) / box.width) * view.w,
      y: view.y + ((ev.clientY - box.top) / box.height) * view.h,
    };
  }

  root.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const p = toUser(ev);
    zoomBy(ev.deltaY < 0 ? 1.25 : 0.8, p.x, p.y);
  }, { passive: false });
  root.addEventListener("pointerdown", (ev) => {
    if (ev.button !== 0) return;
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, id: ev.pointerId };
    dragged = false;
  });
  root.addEventListener("pointermove", (ev) => {
    if (!drag || ev.pointerId !== drag.id) return;
    const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (!dragged && Math.hypot(dx, dy) < 4) return;
    if (!dragged) root.setPointerCapture(ev.pointerId);
    dragged = true;
    const box = root.getBoundingClientRect();
    view.x = drag.vx - (dx / box.width) * view.w;
    view.y = drag.vy - (dy / box.height) * view.h;
    apply();
  });
  const stop = () => { drag = null; };
  root.addEventListener("pointerup", stop);
  root.addEventListener("pointercancel", stop);
  // the click that ends a drag is not a click on a dot or a node
  root.addEventListener("click", (ev) => {
    if (dragged) {
      ev.stopPropagation();
      ev.preventDefault();
      dragged = false;
    }
  }, true);

  apply();
  return { zoomBy, focus, reset, scale: () => width / view.w };
};

/** Wire the +, − and reset buttons of a `.zoom-buttons` box to a panZoom. */
EC.zoomButtons = (box, zoom) => {
  box.replaceChildren(
    EC.el("button", { type: "button", class: "zoom-in", title: "Zoom in", "aria-label": "Zoom in",
      onclick: () => zoom.zoomBy(1.6) }, "+"),
    EC.el("button", { type: "button", class: "zoom-out", title: "Zoom out", "aria-label": "Zoom out",
      onclick: () => zoom.zoomBy(1 / 1.6) }, "−"),
    EC.el("button", { type: "button", class: "zoom-reset", title: "Whole picture",
      "aria-label": "Show the whole picture", onclick: () => zoom.reset() }, "⟲"));
};
