"""Built-in textmill plugin: summarise (work in progress)."""
