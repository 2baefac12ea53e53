from .base import (
    AuditableModel,
    InvalidTransition,
    MetadataModel,
    OrderedModel,
    SluggedModel,
    SoftDeleteModel,
    StatusModel,
    TenantScopedModel,
    TimeStampedModel,
    UUIDModel,
)
from .chat import ChatEmbed, DataChatMessage, DataChatSession, EmbedKey
from .governance import AuditLog
from .secrets import StoredSecret
from .sources import DataSource

__all__ = [
    "AuditLog", "AuditableModel", "ChatEmbed", "DataChatMessage", "DataChatSession", "DataSource", "EmbedKey",
    "InvalidTransition", "MetadataModel", "OrderedModel", "SluggedModel", "SoftDeleteModel", "StatusModel",
    "StoredSecret", "TenantScopedModel", "TimeStampedModel", "UUIDModel",
]
