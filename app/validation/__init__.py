"""The check catalogue: coded findings about a policy, and reporters for them."""
