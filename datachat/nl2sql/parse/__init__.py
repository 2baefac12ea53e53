"""The question parser, one module per concern; each holds functions over the :class:`..engine.Reading` being read
(its first argument ``q``)."""
