"""Built-in textmill plugin: tracing (work in progress)."""
