"""One module per interpretation rule (see :mod:`datachat.nl2sql.interpret`)."""
