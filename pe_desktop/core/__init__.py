"""Pure domain: instruments, sessions, ratings and statistics (no Qt, stdlib only)."""
