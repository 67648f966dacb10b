from .chronicle import ChronicleEntry, ChroniclePage
from .programme import HomePage, StrategyPage
from .projects import ProjectMilestone, ProjectPage, ProjectSpacePage, status_filter

__all__ = [
    "HomePage",
    "StrategyPage",
    "ProjectSpacePage",
    "ProjectPage",
    "ProjectMilestone",
    "status_filter",
    "ChroniclePage",
    "ChronicleEntry",
]
