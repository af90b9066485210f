"""Built-in textmill plugin: quotes (work in progress)."""
