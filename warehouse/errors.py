"""Errors the warehouse raises; the CLI prints their message as its one line."""


class WarehouseError(Exception):
    """The warehouse could not be opened or used; the message is one clear sentence."""


class WarehouseBusy(WarehouseError):
    """Another vigie run holds the database."""
