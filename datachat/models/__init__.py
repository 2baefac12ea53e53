from .automation import (
    Automation,
    Event,
    Execution,
    Job,
    StepRun,
    Trigger,
    WebhookDelivery,
    WebhookEndpoint,
    Workflow,
)
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
from .human import AutomationMessage, HumanTask
from .llm import LLMModelConfig, LLMProvider, LLMRequest, LLMUsage, Prompt, PromptVersion, QueryExample
from .secrets import StoredSecret
from .semantic import SemanticModelVersion
from .sources import DataSource

__all__ = [
    "Automation", "Event", "Execution", "Job", "StepRun", "Trigger", "WebhookDelivery", "WebhookEndpoint",
    "Workflow", "AutomationMessage", "HumanTask",
    "AuditLog", "AuditableModel", "ChatEmbed", "DataChatMessage", "DataChatSession", "DataSource", "EmbedKey",
    "InvalidTransition", "LLMModelConfig", "LLMProvider", "LLMRequest", "LLMUsage", "MetadataModel",
    "OrderedModel", "Prompt", "PromptVersion", "QueryExample", "SemanticModelVersion", "SluggedModel",
    "SoftDeleteModel", "StatusModel",
    "StoredSecret", "TenantScopedModel", "TimeStampedModel", "UUIDModel",
]
