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
