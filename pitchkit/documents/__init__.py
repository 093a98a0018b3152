"""Qt-free document generation: templates, render context, document tree, writers."""
