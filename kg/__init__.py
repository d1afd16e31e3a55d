"""kg: a typed, evidence-backed knowledge graph of the machine-learning literature."""
from kg.errors import KGError

__version__ = "0.1.0"
__all__ = ["KGError", "__version__"]
