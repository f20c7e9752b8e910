"""The campaign file: tables, migrations, and the mapping to the plain domain objects."""
