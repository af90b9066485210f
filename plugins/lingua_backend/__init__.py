"""Built-in textmill plugin: lingua_backend (work in progress)."""
