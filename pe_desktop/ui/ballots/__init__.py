"""Ways to vote without a phone: paper grid, show-of-hands tally, laptop kiosk, printed ballots."""
