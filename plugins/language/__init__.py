"""Built-in textmill plugin: language (work in progress)."""
