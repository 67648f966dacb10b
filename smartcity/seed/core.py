"""What every app's seed uses: bilingual field helpers and the Seeder, which creates only what
is missing, so that running the seed again never undoes what an editor changed."""

from smartcity.models import SiteImage

from .placeholders import placeholder_logo

LANGUAGES = ("de", "en")


def tr(name, values):
    """{'de': 'a', 'en': 'b'} -> {'name_de': 'a', 'name_en': 'b'}"""
    return {f"{name}_{code}": values[code] for code in LANGUAGES}


def tr_page(data, **extra):
    fields = {**tr("title", data["title"]), **tr("slug", data["slug"])}
    fields["title"] = data["title"]["de"]
    fields["slug"] = data["slug"]["de"]
    for name, values in extra.items():
        fields.update(tr(name, values))
    return fields


class Seeder:
    def __init__(self, log):
        self.log = log
        self.created = 0

    def run(self):
        """Seeds the whole site (smartcity.seed.builder); returns how much was created."""
        from sitesearch.indexing import batched

        from .builder import build

        with batched():  # each seeded page enters the search index once, at the end
            return build(self)

    def note(self, message):
        self.created += 1
        self.log(message)

    def image(self, title, label, alt_text):
        existing = SiteImage.objects.filter(title=title).first()
        if existing:
            return existing
        filename = title.lower().replace(" ", "-").replace("(", "").replace(")", "") + ".png"
        image = SiteImage(title=title, file=placeholder_logo(label, filename), **tr("alt_text", alt_text))
        image.save()
        self.note(f"image: {title}")
        return image

    def child(self, parent, model, data, after=None, **fields):
        """The page with this German slug below `parent`, created and published if missing
        (right after the page `after`, when given, so it takes that place in the menu)."""
        existing = model.objects.child_of(parent).filter(slug_de=data["slug"]["de"]).first()
        if existing:
            return existing, False
        page = model(**tr_page(data), **fields)
        if after is not None:
            after.add_sibling(pos="right", instance=page)
        else:
            parent.add_child(instance=page)
        page.save_revision().publish()
        self.note(f"page: {page.url_path_de}")
        return page, True
