"""Qt windows, dialogs and models. Thin: they wire signals and show state."""
