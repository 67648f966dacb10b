"""The funding bodies named in CONTENT.md, with placeholder logos until the real ones arrive."""

from smartcity.seed.core import tr

from .models import FooterSponsor, FundingSettings, Sponsor

SPONSORS = [
    {
        "key": "bmwsb",
        "name": {
            "de": "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen",
            "en": "Federal Ministry for Housing, Urban Development and Building",
        },
        "alt_text": {
            "de": "Logo des Bundesministeriums für Wohnen, Stadtentwicklung und Bauwesen (BMWSB)",
            "en": "Logo of the Federal Ministry for Housing, Urban Development and Building (BMWSB)",
        },
        "logo_label": "BMWSB",
        "sort_order": 10,
    },
    {
        "key": "kfw",
        "name": {"de": "KfW", "en": "KfW"},
        "alt_text": {"de": "Logo der KfW", "en": "Logo of KfW"},
        "logo_label": "KfW",
        "sort_order": 20,
    },
]


def seed_sponsors(seeder):
    sponsors = []
    for data in SPONSORS:
        existing = Sponsor.objects.filter(name_de=data["name"]["de"]).first()
        if existing:
            sponsors.append(existing)
            continue
        logo = seeder.image(
            f"Platzhalter-Logo {data['logo_label']}", data["logo_label"], data["alt_text"]
        )
        sponsor = Sponsor.objects.create(
            logo=logo,
            sort_order=data["sort_order"],
            name=data["name"]["de"],
            **tr("name", data["name"]),
            **tr("alt_text", data["alt_text"]),
        )
        seeder.note(f"sponsor: {sponsor.name_de}")
        sponsors.append(sponsor)
    return sponsors


def seed_footer_sponsors(seeder, site, sponsors):
    funding = FundingSettings.for_site(site)
    if not funding.footer_sponsors.exists():
        funding.footer_sponsors = [
            FooterSponsor(sponsor=sponsor, sort_order=order) for order, sponsor in enumerate(sponsors)
        ]
        funding.save()
        seeder.note("settings: footer sponsors")
