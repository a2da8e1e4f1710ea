"""What a picture keeps of its links for the next one (``drawing/arrow_net.py``)."""


def test_the_net_places_thousands_of_arrows_at_once_by_each_links_place_and_finds_it_again_after_links_come_and_go():
    """Framing the trees an edit moves across places thousands of arrows (each searched by rank took 0.15 s for 48,000):
    each link's place is listed once, and let go when a link comes or goes (the places after it shift)."""
    from argmap.drawing.arrow_net import ArrowNet

    keys = [(f"s{k:04d}", f"t{k:04d}") for k in range(1000)]
    ranks = [(2 * k + 1, 0) for k in range(1000)]
    net = ArrowNet(list(keys), list(ranks), dict.fromkeys(keys), {}, {}, rank_of=dict(zip(keys, ranks, strict=True)))
    net.placed = [None] * len(keys)
    net.place_many([(key, f"arrow {key[0]}") for key in keys[::2]])
    assert net.at is not None and net.placed[:4] == ["arrow s0000", None, "arrow s0002", None]
    new = ("n", "m")
    net.add(new, None, (4, 0))  # between s0001 (3) and s0002 (5): every place after it shifts
    assert net.at is None
    net.place_many([(key, f"again {key[0]}") for key in keys[500:]] + [(new, "new")])
    assert net.placed[2:4] == ["new", "arrow s0002"] and net.placed[501] == "again s0500" and net.placed[-1] == "again s0999"
    net.drop(keys[0])
    net.place_many([(key, f"third {key[0]}") for key in keys[1:400]])
    assert net.placed[:3] == ["third s0001", "new", "third s0002"] and net.placed[500] == "again s0500"


def _net_parts(net) -> tuple:
    placed = None if net.placed is None else [(a.source, a.target, a.relation, a.cross) for a in net.placed]
    return (net.order, net.rank, net.link, net.touching, net.slots, net.groups, net.misleading, net.rank_of, placed,
            net.undercuts, net.cross, net.at)


def test_a_net_a_picture_from_nothing_put_off_is_the_net_of_the_map_it_drew_though_made_after_edits(qapp) -> None:
    """A picture from nothing leaves its net of links to be made when first asked for (the editor asks when idle, after
    the first paint); made after the map changed (statements and linked reasons gone and come), it is still the net of
    the map the picture drew, as made at once: the map's order and linked reasons are read with the picture."""
    from benchmarks.generate import generate_map

    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    at_once = build_diagram(generate_map(400, seed=2), theme, remember=True).memo
    assert at_once is not None and at_once.net is None and at_once.net_later is not None
    net = at_once.net_now()
    assert at_once.net_later is None and at_once.net_now() is net and net.groups and net.cross and net.misleading
    amap = generate_map(400, seed=2)
    later = build_diagram(amap, theme, remember=True).memo
    assert later is not None
    grouped = next(link for link in amap.links() if link.group is not None)
    amap.remove(grouped.source)  # a linked reason's premise, with its links (the reason reads other members now)
    amap.remove(next(link.source for link in amap.links() if link.source != link.target and link.group is None))
    amap.add("support", "A new reason.", parent=amap.ids()[0])
    assert _net_parts(later.net_now()) == _net_parts(net)
