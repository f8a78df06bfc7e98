"""Small shared pieces every room uses: labels, message boxes, plain-text helpers, background jobs."""
