"""The question parser, split by concern into mixins that :class:`..engine._Parse` combines."""

from .aggregates import AggregatesMixin
from .date_filters import DateFiltersMixin
from .filters import FiltersMixin
from .followup import FollowupMixin
from .grouping import GroupingMixin
from .joins import JoinsMixin
from .ranking import RankingMixin
from .scan import ScanMixin
from .select import SelectMixin
from .understand import UnderstandMixin

__all__ = [
    "AggregatesMixin",
    "DateFiltersMixin",
    "FiltersMixin",
    "FollowupMixin",
    "GroupingMixin",
    "JoinsMixin",
    "RankingMixin",
    "ScanMixin",
    "SelectMixin",
    "UnderstandMixin",
]
