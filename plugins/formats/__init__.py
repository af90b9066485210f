"""Built-in textmill plugin: formats (work in progress)."""
