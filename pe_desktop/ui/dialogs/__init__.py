"""Dialogs and windows opened from the menus: session details, exports, follow-up, merge, restore, trends."""
