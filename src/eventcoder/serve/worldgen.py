"""Build ``static/world.json`` (the map's country outlines) from a Natural Earth shapefile.

A developer tool, never imported at run time: the generated file is committed. Source: the
public-domain Natural Earth 1:110m "admin 0 countries" layer as shipped offline in the
``geopandas<1.0`` wheel (``geopandas/datasets/naturalearth_lowres``)::

    pip download --no-deps geopandas==0.14.4 -d /tmp/geo
    unzip /tmp/geo/geopandas-0.14.4-py3-none-any.whl 'geopandas/datasets/naturalearth_lowres/*'
    python -m eventcoder.serve.worldgen geopandas/datasets/naturalearth_lowres/naturalearth_lowres

Outlines are simplified (Douglas-Peucker, 0.25 degree) and written as SVG path data in an
equirectangular projection: ``x = lon + 180``, ``y = 90 - lat`` (a 360 x 180 view box).
Pure standard library: the Shapefile and dBASE formats are read with :mod:`struct`.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

TOLERANCE = 0.25
MIN_RING_AREA = 0.15  # square degrees; smaller islands are dropped
# Natural Earth leaves these without an ISO code (``-99``).
FIXES = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX", "N. Cyprus": "CYP",
         "Somaliland": "SOM"}  # fmt: skip


def read_dbf(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for i in range(count):
        rec = data[header_len + i * record_len : header_len + (i + 1) * record_len]
        off = 1
        row = {}
        for name, size in fields:
            row[name] = rec[off : off + size].decode("utf-8", "replace").strip()
            off += size
        rows.append(row)
    return rows


def read_shp(path: Path) -> list[list[list[tuple[float, float]]]]:
    data = path.read_bytes()
    pos = 100
    shapes = []
    while pos < len(data):
        _num, length = struct.unpack(">ii", data[pos : pos + 8])
        content = data[pos + 8 : pos + 8 + 2 * length]
        pos += 8 + 2 * length
        (kind,) = struct.unpack("<i", content[:4])
        if kind != 5:
            shapes.append([])
            continue
        nparts, npoints = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{nparts}i", content[44 : 44 + 4 * nparts]))
        base = 44 + 4 * nparts
        pts = [struct.unpack("<2d", content[base + 16 * k : base + 16 * k + 16])
               for k in range(npoints)]  # fmt: skip
        bounds = [*parts, npoints]
        shapes.append([pts[bounds[k] : bounds[k + 1]] for k in range(nparts)])
    return shapes


def _dist(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = 0.0, -1
        for k in range(i + 1, j):
            d = _dist(points[k], points[i], points[j])
            if d > best:
                best, idx = d, k
        if best > tol and idx > 0:
            keep[idx] = True
            stack += [(i, idx), (idx, j)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def area_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    a /= 2
    if a == 0:
        return 0.0, ring[0][0], ring[0][1]
    return abs(a), cx / (6 * a), cy / (6 * a)


def path_data(rings: list[list[tuple[float, float]]]) -> str:
    out = []
    for ring in rings:
        pts = [f"{round(x + 180, 1):g} {round(90 - y, 1):g}" for x, y in ring]
        out.append("M" + "L".join(pts) + "Z")
    return "".join(out)


def build(base: Path) -> dict:
    rows = read_dbf(base.with_suffix(".dbf"))
    shapes = read_shp(base.with_suffix(".shp"))
    countries = []
    for row, rings in zip(rows, shapes, strict=True):
        iso = row.get("iso_a3", "")
        if iso in ("", "-99"):
            iso = FIXES.get(row.get("name", ""), "")
        kept = []
        best = (0.0, 0.0, 0.0)
        for ring in rings:
            area, cx, cy = area_centroid(ring)
            if area > best[0]:
                best = (area, cx, cy)
            if area < MIN_RING_AREA:
                continue
            simple = simplify(ring, TOLERANCE)
            if len(simple) >= 4:
                kept.append(simple)
        if not kept or not iso:
            continue
        countries.append({
            "iso": iso,
            "name": row.get("name", iso),
            "c": [round(best[1], 2), round(best[2], 2)],
            "d": path_data(kept),
        })  # fmt: skip
    countries.sort(key=lambda c: c["iso"])
    return {
        "source": "Natural Earth 1:110m admin 0 countries (public domain), simplified",
        "projection": "equirectangular: x = lon + 180, y = 90 - lat",
        "viewBox": [0, 0, 360, 180],
        "countries": countries,
    }


def main(argv: list[str]) -> None:
    base = Path(argv[0])
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("static") / "world.json"
    out.write_text(json.dumps(build(base), separators=(",", ":")), encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
