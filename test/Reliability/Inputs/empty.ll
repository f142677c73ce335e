; An empty module for tests that only look at the option handling.
