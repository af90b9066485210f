"""Built-in textmill plugin: boilerplate (work in progress)."""
