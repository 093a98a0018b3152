"""One module per step of the walk-through."""
