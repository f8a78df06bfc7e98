"""The session console: the facilitator's cockpit while a session runs."""
