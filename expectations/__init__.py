"""Great Expectations suites (one per table, defined in code) and their runtime."""
from expectations.lazy_imports import defer_unused_imports

# Before any module of this package imports great_expectations.
defer_unused_imports()
