from modeltranslation.translator import TranslationOptions, register

from .models import (
    ChronicleEntry,
    ChroniclePage,
    HomePage,
    ProjectMilestone,
    ProjectPage,
    ProjectSpacePage,
    StrategyPage,
)


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("hero_heading", "hero_text", "intro", "teasers", "body")


@register(StrategyPage)
class StrategyPageTranslation(TranslationOptions):
    fields = ("intro", "vision", "guiding_principles", "focus_themes", "spatial_focus", "body")


@register(ProjectSpacePage)
class ProjectSpacePageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(ProjectPage)
class ProjectPageTranslation(TranslationOptions):
    fields = ("summary", "body")


@register(ProjectMilestone)
class ProjectMilestoneTranslation(TranslationOptions):
    fields = ("title", "text")


@register(ChroniclePage)
class ChroniclePageTranslation(TranslationOptions):
    fields = ("intro",)


@register(ChronicleEntry)
class ChronicleEntryTranslation(TranslationOptions):
    fields = ("title", "text")
