"""Domain errors: every model operation that refuses its input raises one of these."""


class MapError(ValueError):
    """An operation on an argument map was refused; the message says why."""


class UnknownStatement(MapError, KeyError):
    """A statement id that the map does not contain."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class DuplicateId(MapError):
    """A statement id that the map already contains."""


class InvalidLink(MapError):
    """A self-loop, a duplicate edge, a missing edge or a bad group."""


class InvalidValue(MapError):
    """A field value out of its range (score, empty text, bad tag...)."""
