"""The running session without Qt (DESIGN §3: ui > server, report > session > store)."""
