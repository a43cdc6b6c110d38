"""The navigator: a tree of the policy's sections and items."""
