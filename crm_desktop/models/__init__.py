"""The data model: SQLAlchemy 2.x typed ORM. No Qt (enforced by tests/test_layers.py)."""

from crm_desktop.models.base import Base, utc_now
from crm_desktop.models.billing import Delivery, Instalment, Payment
from crm_desktop.models.campaigns import Campaign, CampaignMember, CampaignResponse
from crm_desktop.models.custom_fields import CustomFieldDefinition, CustomFieldValue
from crm_desktop.models.customers import Contact, Customer, Tag, customer_tags
from crm_desktop.models.deals import Deal, DealStageChange, PipelineStage
from crm_desktop.models.interactions import Interaction
from crm_desktop.models.orders import Attachment, Order, OrderLine
from crm_desktop.models.products import Product, ProductCategory
from crm_desktop.models.staff import Staff
from crm_desktop.models.statuses import Status, StatusChange
from crm_desktop.models.system import (
    AuditEntry,
    ImportBatch,
    MappingTemplate,
    SavedFilter,
    Setting,
)
from crm_desktop.models.tasks import Task
from crm_desktop.models.tickets import Ticket

__all__ = [
    "Attachment", "AuditEntry", "Base", "Campaign", "CampaignMember", "CampaignResponse",
    "Contact", "CustomFieldDefinition", "CustomFieldValue", "Customer", "Deal",
    "DealStageChange", "Delivery", "ImportBatch", "Instalment", "Interaction",
    "MappingTemplate", "Order", "OrderLine", "Payment", "PipelineStage", "Product",
    "ProductCategory", "SavedFilter", "Setting", "Staff", "Status", "StatusChange", "Tag",
    "Task", "Ticket", "customer_tags", "utc_now",
]
