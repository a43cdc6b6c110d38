"""File > History: the policy file's git history, comparisons, approved versions read-only."""
