"""Built-in textmill plugin: sentences (work in progress)."""
