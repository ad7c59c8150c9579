"""The one exception family of accordgraph.

Library code raises these; only the CLI turns them into a message and an
exit code. Every message names the thing, the valid choices and the fix.
"""


class AccordgraphError(Exception):
    """Base of every error accordgraph raises on purpose."""

    exit_code = 2


class InputError(AccordgraphError):
    """A file, folder or value given by the user cannot be used."""


class UnknownTermError(InputError):
    """A country, domain or other vocabulary term is not known."""


class QueryRefused(InputError):
    """A SPARQL request would write, or reach outside the store."""


class StoreError(AccordgraphError):
    """The store cannot be opened or written (locked, corrupt, missing)."""


class NotFound(AccordgraphError):
    """An identifier names nothing in the store."""
