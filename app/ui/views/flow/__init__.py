"""The data-flow map view: categories, purposes and recipients."""
