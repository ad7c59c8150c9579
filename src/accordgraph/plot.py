"""Pictures: the partner network and the accords over time, as PNG or SVG.

`serialize_*` draw from data and return the file's bytes; `write_plot` reads
the store, picks the format from the file suffix and writes atomically.
matplotlib (its Agg canvas, no display, no pyplot) is imported inside these functions only,
so importing accordgraph stays fast. Layouts use a fixed seed and SVGs a fixed
hash salt and no date, so the same store always gives the same file.
"""

from __future__ import annotations

import calendar
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Optional

from .errors import AccordgraphError, InputError
from .records import DOMAINS
from .store import Store

PLOTS = ("network", "timeline")
FORMATS = ("png", "svg")
NONE = "(no domain)"
# Distinct on white and for the common colour-vision deficiencies (Okabe-Ito first, then darker tones).
COLOURS = dict(zip(DOMAINS, ("#7B3294", "#E69F00", "#0072B2", "#56B4E9", "#1B1B6E", "#8C510A",
                             "#009E73", "#D55E00", "#CC79A7", "#B8A000", "#882255")), **{NONE: "#BBBBBB"})
SEED = 7


def _domain_of(domains: list[str]) -> str:
    """The domain an accord is coloured by: the first of its domains in scheme order."""
    return next((d for d in DOMAINS if d in domains), NONE)


def _save(fig, fmt: str) -> bytes:
    import io

    import matplotlib

    buf = io.BytesIO()
    meta = {"Date": None, "Creator": "accordgraph"} if fmt == "svg" else {"Software": None}
    with matplotlib.rc_context({"svg.hashsalt": "accordgraph", "svg.fonttype": "path"}):
        fig.savefig(buf, format=fmt, dpi=150, metadata=meta, bbox_inches="tight")
    return buf.getvalue()


def _figure(width: float, height: float):
    """A figure on the Agg canvas, outside pyplot: no display, no global state, nothing to close."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)
    return fig


def serialize_network_plot(g, fmt: str = "png", title: str = "Partner network") -> bytes:
    """Parties as nodes (sized by partners), accords as edges coloured by domain.

    Bilateral accords are solid lines, accords of three or more parties thin
    dashed ones; parallel accords between two parties are drawn as separate arcs.
    """
    import networkx as nx
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch
    import matplotlib.patheffects as pe

    edges_of = Counter(k for *_, k in g.edges(keys=True))
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes))
    for a, b in sorted({tuple(sorted(e)) for e in g.edges()}):  # a multilateral accord pulls its parties together weakly
        simple.add_edge(a, b, weight=sum(1.0 if edges_of[k] == 1 else 0.15 for k in g.get_edge_data(a, b)))
    w = min(16.0, max(9.0, 6 + 0.16 * len(simple)))
    fig = _figure(w, 0.75 * w)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title, fontsize=15, loc="left")
    if not len(simple):
        ax.text(0.5, 0.5, "No accords of two or more parties match.", ha="center", fontsize=14, transform=ax.transAxes)
        return _save(fig, fmt)
    pos = _layout(simple)
    used = set()
    for a, b in simple.edges():
        edges = sorted(g.get_edge_data(a, b).values(), key=lambda d: d["accord"])
        n = len(edges)
        for i, d in enumerate(edges):
            dom = _domain_of(d["domains"].split(","))
            used.add(dom)
            multi = edges_of[d["accord"]] > 1  # three or more parties give an accord several edges
            rad = 0.12 * (i - (n - 1) / 2)
            ax.add_patch(FancyArrowPatch(pos[a], pos[b], connectionstyle=f"arc3,rad={rad}", arrowstyle="-",
                                         color=COLOURS[dom], lw=0.8 if multi else 2.2, alpha=0.45 if multi else 0.9,
                                         linestyle=(0, (4, 3)) if multi else "solid", zorder=1))
    degree = dict(simple.degree())
    xs, ys = zip(*(pos[n] for n in simple))
    ax.scatter(xs, ys, s=[320 + 28 * min(degree[n], 20) for n in simple], c="#F2F2F2", edgecolors="#555555", linewidths=1.0, zorder=2)
    for n in simple:
        big = degree[n] >= 8
        ax.annotate(n, pos[n], xytext=(0, 0), textcoords="offset points", ha="center", va="center",
                    fontsize=10 if big else 8, fontweight="bold" if big else "normal", zorder=3, color="#111111",
                    path_effects=[pe.withStroke(linewidth=2, foreground="#F2F2F2")])
    handles = [Line2D([], [], color=COLOURS[d], lw=3, label=d.replace("_", " ")) for d in (*DOMAINS, NONE) if d in used]
    handles += [Line2D([], [], color="#333333", lw=2.2, label="bilateral accord")] if 1 in edges_of.values() else []
    handles += [Line2D([], [], color="#333333", lw=0.8, ls=(0, (4, 3)), label="accord of 3+ parties")] if max(edges_of.values()) > 1 else []
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=10, title="domain")
    ax.text(1.0, 0.0, "Nodes: parties by ISO 3166 or bloc code,\nsized by number of partners.\nEdges: one per accord and pair of parties.",
            transform=ax.transAxes, fontsize=9, va="bottom", color="#444444")
    ax.margins(0.06)
    return _save(fig, fmt)


def _layout(simple) -> dict:
    """Positions: each connected component laid out with a fixed seed, components packed in rows."""
    import networkx as nx

    comps = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c))
    pos, x, y, row_h = {}, 0.0, 0.0, 0.0
    width = 3.0 * max(1.0, len(comps[0]) ** 0.5)
    for comp in comps:
        sub = simple.subgraph(comp)
        size = 1.2 * max(1.0, len(comp) ** 0.5)
        local = nx.spring_layout(sub, seed=SEED, k=3.6 / len(comp) ** 0.5, iterations=500, weight="weight") if len(comp) > 1 else {comp[0]: (0.0, 0.0)}
        local = _spread(local, 0.75 / len(comp) ** 0.5)
        if x + size > width and x > 0:
            x, y, row_h = 0.0, y - row_h - 0.6, 0.0
        for n, (px, py) in local.items():
            pos[n] = (x + size / 2 + px * size / 2, y - size / 2 + py * size / 2)
        x += size + 0.6
        row_h = max(row_h, size)
    return pos


def _spread(pos: dict, gap: float, rounds: int = 60) -> dict:
    """Push apart nodes closer than `gap` (the dense core of a spring layout), deterministically."""
    import numpy as np

    names = sorted(pos)
    xy = np.array([pos[n] for n in names], dtype=float)
    for _ in range(rounds):
        d = xy[:, None, :] - xy[None, :, :]
        dist = np.hypot(d[..., 0], d[..., 1]) + np.eye(len(xy))
        push = np.clip(gap - dist, 0, None) / dist / 2
        np.fill_diagonal(push, 0)
        if not push.any():
            break
        xy += (d * push[..., None]).sum(axis=1)
    xy /= max(1.0, np.abs(xy).max())
    return dict(zip(names, map(tuple, xy)))


def _span(signed: str) -> tuple[date, date]:
    """The first and last day a partial date covers."""
    y = int(signed[:4])
    if len(signed) == 4:
        return date(y, 1, 1), date(y, 12, 31)
    m = int(signed[5:7])
    if len(signed) == 7:
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    d = date.fromisoformat(signed)
    return d, d


def serialize_timeline_plot(rows: list[dict], fmt: str = "png", title: str = "Accords over time",
                            lanes_of: Optional[list[str]] = None) -> bytes:
    """Accords over time, one lane per domain; undated ones listed apart.

    A day is a dot, a month a ring at mid-month over a bar spanning it, a year
    a faint bar over the whole year; a date without a year (`--11-07`) counts
    as undated. Years long before most accords are drawn compressed, and say so.
    `lanes_of` limits the lanes to some domains (those a filter asked for).
    """
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D

    dated = [r for r in rows if r["signed"] and not r["signed"].startswith("--")]
    undated = [r for r in rows if r not in dated]
    lanes: dict[str, list[dict]] = {}
    for r in sorted(dated, key=lambda r: (_span(r["signed"])[0], r["accord"])):
        for dom in [d for d in DOMAINS if d in r["domains"] and (not lanes_of or d in lanes_of)] or [NONE]:
            lanes.setdefault(dom, []).append(r)
    order = [d for d in (*DOMAINS, NONE) if d in lanes]
    starts = sorted(_span(r["signed"])[0] for r in dated) or [date(2020, 1, 1)]
    lo, hi = date(starts[0].year, 1, 1), date(max((_span(r["signed"])[1] for r in dated), default=date(2025, 12, 31)).year, 12, 31)
    cut = date(starts[len(starts) // 5].year, 1, 1)  # four in five accords are on or after this year
    squeeze = 4.0 if cut.year - lo.year > 6 else 1.0
    fwd = _compress(mdates.date2num(cut), squeeze)
    width_in = 13.0
    x_days = (fwd(mdates.date2num(hi)) - fwd(mdates.date2num(lo))) / width_in  # drawn days per inch
    placed, y, ticks = [], 0.0, []
    for dom in order:
        ends: list[float] = []
        for r in lanes[dom]:
            start, end = _span(r["signed"])
            label = _parties_label(r["parties"])
            left = fwd(mdates.date2num(start)) - 0.06 * x_days
            right = fwd(mdates.date2num(end if len(r["signed"]) < 10 else start)) + (len(label) * 7 * 0.62 + 10) / 72 * x_days
            sub = next((i for i, e in enumerate(ends) if e < left), len(ends))
            ends[sub:sub + 1] = [right]
            placed.append((dom, y + sub, r, start, end, label))
        ticks.append((dom, y, max(1, len(ends))))
        y += max(1, len(ends)) + 0.6
    lines = [_undated_line(r) for r in sorted(undated, key=lambda r: (r["parties"], r["accord"]))]
    main_in, list_in = 0.2 * y + 0.4, (0.45 + 0.16 * ((len(lines) + 1) // 2) if lines else 0.0)
    top, gap, bottom = 0.7, 0.6, 0.2
    fig_h = top + main_in + gap + list_in + bottom
    fig = _figure(width_in + 3.0, fig_h)
    ax = fig.add_axes([0.16, (fig_h - top - main_in) / fig_h, 0.8, main_in / fig_h])
    ax.set_title(title, fontsize=15, loc="left", pad=22)
    if squeeze > 1:
        ax.set_xscale("function", functions=(fwd, _compress(mdates.date2num(cut), 1 / squeeze)))
    for dom, yy, r, start, end, label in placed:
        c, prec = COLOURS[dom], len(r["signed"])
        if prec == 10:
            ax.plot([start], [yy], "o", color=c, ms=6, zorder=3)
        else:
            ax.plot([start, end], [yy, yy], color=c, lw=5 if prec == 7 else 4, alpha=0.8 if prec == 7 else 0.3, solid_capstyle="butt", zorder=2)
            if prec == 7:
                ax.plot([start + (end - start) / 2], [yy], "o", mfc="white", mec=c, mew=1.8, ms=6, zorder=3)
        ax.annotate(label, (end if prec != 10 else start, yy), xytext=(5, 0), textcoords="offset points", va="center", fontsize=7, color="#222222")
    for dom, yy, n in ticks:
        ax.axhspan(yy - 0.5, yy + n - 0.5, color=COLOURS[dom], alpha=0.07, lw=0)
    ax.set_yticks([yy + (n - 1) / 2 for _, yy, n in ticks], [d.replace("_", " ") for d, _, _ in ticks])
    for t, (dom, _, _) in zip(ax.get_yticklabels(), ticks):
        t.set_color("#777777" if dom == NONE else COLOURS[dom])
    ax.set_ylim(max(y - 0.6, 1) - 0.5, -1)
    ax.set_xlim(lo, hi)
    years, step = list(range(lo.year, hi.year + 2)), 1 if hi.year - lo.year < 14 or squeeze > 1 else 2
    ax.set_xticks([date(yr, 1, 1) for yr in years if (yr >= cut.year and (yr - lo.year) % step == 0) or (yr - lo.year) % 5 == 0])
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.grid(axis="x", color="#DDDDDD", lw=0.6)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)
    key = [Line2D([], [], marker="o", ls="", color="#444444", label="signed on a known day"),
           Line2D([], [], marker="o", mfc="white", mec="#444444", mew=1.8, color="#444444", lw=5, alpha=0.8, label="known to the month"),
           Line2D([], [], lw=4, alpha=0.3, color="#444444", label="known to the year")]
    if squeeze > 1:
        key.append(Line2D([], [], ls="", label=f"years before {cut.year} drawn {squeeze:.0f}x narrower"))
    ax.legend(handles=key, loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=len(key), frameon=False, fontsize=9)
    if not dated:
        ax.text(0.5, 0.5, "No dated accords match.", ha="center", transform=ax.transAxes, fontsize=13)
    if lines:
        lx = fig.add_axes([0.16, bottom / fig_h, 0.8, list_in / fig_h])
        lx.set_axis_off()
        lx.text(0, 1, f"Undated ({len(lines)}): no signing date, or a day without a year", fontsize=10, fontweight="bold", va="top", transform=lx.transAxes)
        half = (len(lines) + 1) // 2
        for col in range(2):
            lx.text(0.5 * col, 1 - 0.3 / list_in, "\n".join(lines[col * half:(col + 1) * half]), fontsize=8, va="top", linespacing=1.45, transform=lx.transAxes)
    return _save(fig, fmt)


def _parties_label(parties: list[str], most: int = 6) -> str:
    """EU–JPN, or the first few and a count for a long list of parties."""
    return "–".join(parties) if len(parties) <= most else "–".join(parties[:most - 2]) + f"… ({len(parties)} parties)"


def _undated_line(r: dict) -> str:
    doms = r["domains"][:3] + (["…"] if len(r["domains"]) > 3 else [])
    parties = _parties_label(r["parties"])
    when = f", {r['signed'][2:]} of an unknown year" if r["signed"] else ""
    return f"{parties}: {r['instrument'].replace('_', ' ')}{when} [{', '.join(d.replace('_', ' ') for d in doms) or 'no domain'}]"


def _compress(cut: float, factor: float):
    """A piecewise-linear axis map: x from `cut` on unchanged, x before it `factor` times closer to it."""
    import numpy as np

    def f(x):
        x = np.asarray(x, dtype=float)
        return np.where(x >= cut, x, cut - (cut - x) / factor)
    return f


def plot_format(path: str | Path) -> str:
    """png or svg from a file name; anything else is refused."""
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InputError(f"Cannot tell the picture format of {str(path)!r}: end the file name in .png or .svg.")
    return fmt


def generate_plot(store: Store, kind: str, fmt: str, domain: Optional[str] = None, since: Optional[str] = None,
                  until: Optional[str] = None) -> bytes:
    """The bytes of one picture of the store, `network` or `timeline`, filtered by domain and dates."""
    from .vocabulary import load_vocabulary

    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise AccordgraphError("Pictures need matplotlib: pip install 'accordgraph[plot]'.") from None

    if domain:
        domain = load_vocabulary().domain(domain)
    scope = ", ".join(x for x in (domain and domain.replace("_", " "), since and f"since {since}", until and f"until {until}") if x)
    if kind == "network":
        from .network import filter_network, generate_network

        g = generate_network(store)
        if domain or since or until:
            g = filter_network(g, domain, since, until)
        return serialize_network_plot(g, fmt, "Partner network" + (f" ({scope})" if scope else ""))
    if kind == "timeline":
        from .queries import accords

        rows = accords(store, domain=domain, since=since, until=until).rows
        lanes = load_vocabulary().narrower(domain) if domain else None
        return serialize_timeline_plot(rows, fmt, "Accords over time" + (f" ({scope})" if scope else ""), lanes)
    raise InputError(f"Unknown picture {kind!r}. Choose one of: {', '.join(PLOTS)}.")


def write_plot(store: Store, kind: str, path: str | Path, domain: Optional[str] = None, since: Optional[str] = None,
               until: Optional[str] = None) -> int:
    """Draw a picture of the store into `path` (PNG or SVG by suffix), atomically; returns bytes written."""
    from .export import write_atomic

    return write_atomic(generate_plot(store, kind, plot_format(path), domain, since, until), path)
