"""Typed answers: what every query function returns, ready for a table or pandas."""

from __future__ import annotations

from typing import Any, Optional

from pydantic import BaseModel, Field


class Table(BaseModel):
    """Rows with named columns, a plain message when empty, and citations."""

    columns: list[str]
    rows: list[dict[str, Any]] = Field(default_factory=list)
    message: Optional[str] = None

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def to_pandas(self):
        """A pandas DataFrame of the rows (pandas must be installed)."""
        import pandas as pd

        return pd.DataFrame(self.rows, columns=self.columns)

    def column(self, name: str) -> list[Any]:
        return [r.get(name) for r in self.rows]
