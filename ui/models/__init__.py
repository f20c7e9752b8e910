"""Item models of the app's tables, kept apart from the widgets that show them."""
