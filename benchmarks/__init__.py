"""Measurement code for `make bench`, `make load` and `make eval`: outside the app, never imported
by it."""
