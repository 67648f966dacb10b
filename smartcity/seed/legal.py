"""The legal and public-sector pages every German public site needs: Impressum (§ 5 DDG),
Datenschutzerklärung, Erklärung zur Barrierefreiheit (BGG LSA § 16 ff.) with its feedback form,
and Leichte Sprache. Written for this site; facts the city must supply stay as visible
placeholders in square brackets. Idempotent: only missing pages are created."""

from smartcity.models import AccessibilityFormField, AccessibilityStatementPage, StandardPage

from .core import LANGUAGES, tr


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def para(*paragraphs):
    return ("paragraph", "".join(f"<p>{p}</p>" for p in paragraphs))


def bullets(*items):
    return ("paragraph", "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")


IMPRESSUM = {
    "title": {"de": "Impressum", "en": "Legal notice"},
    "slug": {"de": "impressum", "en": "legal-notice"},
    "intro": {
        "de": "Angaben nach § 5 Digitale-Dienste-Gesetz (DDG) zum Anbieter dieser Website.",
        "en": "Information about the provider of this website under section 5 of the German "
        "Digital Services Act (DDG).",
    },
    "body": {
        "de": [
            heading("Anbieter"),
            para(
                "Stadt Halle (Saale)<br/>Fachbereich Wirtschaft, Wissenschaft und Digitalisierung<br/>"
                "Marktplatz 1<br/>06108 Halle (Saale)",
                "Die Stadt Halle (Saale) ist eine Körperschaft des öffentlichen Rechts. "
                "Vertreten wird sie durch [Bitte ergänzen: Name der Oberbürgermeisterin oder "
                "des Oberbürgermeisters].",
            ),
            heading("Kontakt"),
            para(
                "Telefon: [Bitte ergänzen: Telefonnummer]<br/>"
                "E-Mail: [Bitte ergänzen: E-Mail-Adresse]"
            ),
            heading("Umsatzsteuer-Identifikationsnummer"),
            para("[Bitte ergänzen: USt-IdNr. nach § 27a Umsatzsteuergesetz, falls vorhanden]"),
            heading("Zuständige Aufsichtsbehörde"),
            para("[Bitte ergänzen: Aufsichtsbehörde der Stadt]"),
            heading("Verantwortlich für den Inhalt"),
            para("[Bitte ergänzen: Name und Anschrift der verantwortlichen Person]"),
            heading("Förderung"),
            para(
                "Das Modellprojekt Smart City Halle (Saale) wird gefördert vom "
                "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB). "
                "Die KfW betreut die Förderung."
            ),
        ],
        "en": [
            heading("Provider"),
            para(
                "City of Halle (Saale)<br/>Fachbereich Wirtschaft, Wissenschaft und "
                "Digitalisierung (Department of Economy, Science and Digitalisation)<br/>"
                "Marktplatz 1<br/>06108 Halle (Saale), Germany",
                "The City of Halle (Saale) is a public-law corporation. It is represented by "
                "[Please add: name of the Lord Mayor].",
            ),
            heading("Contact"),
            para("Phone: [Please add: phone number]<br/>E-mail: [Please add: e-mail address]"),
            heading("VAT identification number"),
            para("[Please add: VAT ID under section 27a of the German VAT Act, if any]"),
            heading("Supervisory authority"),
            para("[Please add: supervisory authority of the city]"),
            heading("Responsible for the content"),
            para("[Please add: name and address of the responsible person]"),
            heading("Funding"),
            para(
                "The Smart City model project Halle (Saale) is funded by the Federal Ministry "
                "for Housing, Urban Development and Building (BMWSB). KfW administers the "
                "funding."
            ),
        ],
    },
}

PRIVACY = {
    "title": {"de": "Datenschutzerklärung", "en": "Privacy policy"},
    "slug": {"de": "datenschutz", "en": "privacy"},
    "intro": {
        "de": "Wie diese Website mit Ihren Daten umgeht: so sparsam wie möglich.",
        "en": "How this website handles your data: as sparingly as possible.",
    },
    "body": {
        "de": [
            heading("Verantwortliche Stelle"),
            para(
                "Stadt Halle (Saale), Fachbereich Wirtschaft, Wissenschaft und Digitalisierung, "
                "Marktplatz 1, 06108 Halle (Saale)",
                "Datenschutzbeauftragte oder Datenschutzbeauftragter: [Bitte ergänzen: "
                "Kontakt der oder des behördlichen Datenschutzbeauftragten]",
            ),
            heading("Keine Tracking-Cookies, keine Dienste Dritter"),
            para(
                "Diese Website setzt keine Cookies zur Analyse oder Werbung. Wir verwenden "
                "keine Statistik-Werkzeuge und keine Social-Media-Plugins.",
                "Alle Schriften, Bilder, Stylesheets und Skripte liegen auf unserem eigenen "
                "Server. Beim Besuch der Seiten wird nichts von Servern Dritter geladen. Links "
                "zu LinkedIn, Instagram oder Partnern sind einfache Links: Erst wenn Sie einen "
                "solchen Link anklicken, verlassen Sie unsere Website.",
            ),
            heading("Cookies nur bei Formularen"),
            para(
                "Nur Seiten mit einem Formular setzen ein technisch notwendiges Cookie "
                "(csrftoken): das Feedback-Formular der Erklärung zur Barrierefreiheit, die "
                "Anmeldung zum Newsletter und die Seite, auf der Sie die Anmeldung bestätigen. "
                "Das Cookie schützt das Formular vor missbräuchlich untergeschobenen Anfragen "
                "und enthält keine Angaben über Sie. Rechtsgrundlage ist § 25 Abs. 2 Nr. 2 "
                "TDDDG."
            ),
            heading("Server-Protokolle"),
            para(
                "Beim Aufruf einer Seite verarbeitet der Server technisch notwendige Daten "
                "wie IP-Adresse, Zeitpunkt und aufgerufene Adresse. [Bitte ergänzen: "
                "Speicherdauer der Server-Protokolle und Rechtsgrundlage]"
            ),
            heading("Feedback-Formular"),
            para(
                "Was Sie in das Feedback-Formular schreiben, speichern wir und leiten es per "
                "E-Mail an die zuständige Stelle der Stadt weiter, um Ihre Nachricht zu "
                "bearbeiten. Name und E-Mail-Adresse sind freiwillig. [Bitte ergänzen: "
                "Speicherdauer und Rechtsgrundlage]"
            ),
            heading("Newsletter"),
            para(
                "Wenn Sie den Newsletter abonnieren, speichern wir Ihre E-Mail-Adresse, die "
                "gewählte Sprache, die gewählten Themen (Handlungsfelder), den Zeitpunkt der "
                "Anmeldung und den Wortlaut der Einwilligung, die Sie im Formular gegeben haben. "
                "Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 Buchst. a DSGVO).",
                "Die Anmeldung wird erst wirksam, wenn Sie sie bestätigen: Wir senden Ihnen eine "
                "E-Mail mit einem Link, der 48 Stunden gültig ist (Double-Opt-in). Den Zeitpunkt "
                "der Bestätigung speichern wir. Vorher senden wir Ihnen keinen Newsletter. "
                "Anmeldungen, die nicht bestätigt werden, löschen wir nach sieben Tagen "
                "automatisch.",
                "Die Stadt versendet den Newsletter selbst über ihren Mailserver. Wir geben Ihre "
                "Adresse an keinen Versanddienst und an niemanden sonst weiter. Wir werten nicht "
                "aus, ob Sie eine E-Mail öffnen oder einen Link anklicken: Die E-Mails enthalten "
                "keine Zählpixel und keine Verfolgungs-Links und laden nichts von anderen "
                "Servern. Damit bei einer Störung des Versands niemand eine Ausgabe doppelt "
                "erhält, halten wir für jede Ausgabe fest, ob sie an Ihre Adresse gegangen ist.",
                "Sie können den Newsletter jederzeit abbestellen, mit dem Link in jeder E-Mail "
                "oder der Abmelde-Funktion Ihres E-Mail-Programms. Ihre Adresse wird dann sofort "
                "gelöscht, mit Themen und Einwilligungstext; von den Versandvermerken bleibt nur "
                "eine Zählung ohne Adresse. Der Widerruf berührt nicht die Rechtmäßigkeit des "
                "Versands bis dahin. [Bitte ergänzen: Speicherdauer der Protokolle des "
                "Mailservers und Ansprechstelle für Fragen zum Newsletter]",
            ),
            heading("Ihre Rechte"),
            para(
                "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung "
                "der Verarbeitung sowie das Recht auf Beschwerde beim Landesbeauftragten für "
                "den Datenschutz Sachsen-Anhalt. [Bitte ergänzen: Kontaktdaten der "
                "Aufsichtsbehörde]"
            ),
        ],
        "en": [
            heading("Controller"),
            para(
                "City of Halle (Saale), Fachbereich Wirtschaft, Wissenschaft und "
                "Digitalisierung, Marktplatz 1, 06108 Halle (Saale), Germany",
                "Data protection officer: [Please add: contact of the city's data protection "
                "officer]",
            ),
            heading("No tracking cookies, no third-party services"),
            para(
                "This website sets no cookies for analytics or advertising. We use no "
                "statistics tools and no social media plug-ins.",
                "All fonts, images, style sheets and scripts are served from our own server. "
                "Visiting our pages loads nothing from third-party servers. Links to LinkedIn, "
                "Instagram or partners are plain links: you only leave our website when you "
                "follow one.",
            ),
            heading("Cookies only with forms"),
            para(
                "Only pages with a form set a technically necessary cookie (csrftoken): the "
                "feedback form of the accessibility statement, the newsletter sign-up and the "
                "page on which you confirm it. The cookie protects the form against forged "
                "requests and holds no information about you. The legal basis is section 25 "
                "(2) no. 2 TDDDG."
            ),
            heading("Server logs"),
            para(
                "When you open a page, the server processes technically necessary data such as "
                "your IP address, the time and the address requested. [Please add: how long "
                "server logs are kept, and the legal basis]"
            ),
            heading("Feedback form"),
            para(
                "What you write in the feedback form is stored and forwarded by e-mail to the "
                "responsible office of the city so that we can deal with your message. Name and "
                "e-mail address are optional. [Please add: retention period and legal basis]"
            ),
            heading("Newsletter"),
            para(
                "When you subscribe to the newsletter, we store your e-mail address, the "
                "language and topics (fields of action) you chose, the time of your sign-up and "
                "the exact wording of the consent you gave on the form. The legal basis is your "
                "consent (Art. 6(1)(a) GDPR).",
                "Your sign-up only takes effect once you confirm it: we send you an e-mail with a "
                "link that works for 48 hours (double opt-in). We store the time of your "
                "confirmation. Until then we send you no newsletter. Sign-ups that are not "
                "confirmed are deleted automatically after seven days.",
                "The city sends the newsletter itself, through its own mail server. We do not "
                "pass your address to a mailing service or to anyone else. We do not track "
                "whether you open an e-mail or follow a link: the e-mails contain no tracking "
                "pixels or tracking links and load nothing from other servers. So that nobody "
                "receives an issue twice if sending is interrupted, we record for each issue "
                "whether it was sent to your address.",
                "You can unsubscribe at any time, with the link in every e-mail or your mail "
                "program's unsubscribe function. Your address is then deleted at once, with your "
                "topics and consent text; of the sending records only a count without your "
                "address remains. Withdrawing your consent does not affect the lawfulness of "
                "the sending up to then. [Please add: how long the mail server's logs are kept, "
                "and whom to ask about the newsletter]",
            ),
            heading("Your rights"),
            para(
                "You have the right of access, rectification, erasure and restriction of "
                "processing, and the right to lodge a complaint with the data protection "
                "commissioner of Saxony-Anhalt. [Please add: contact details of the "
                "supervisory authority]"
            ),
        ],
    },
}

OMBUDS_PLACEHOLDER = {
    "de": "[Bitte ergänzen: Kontakt der Ombudsstelle nach § 16d BGG LSA]",
    "en": "[Please add: contact of the ombuds office under section 16d BGG LSA]",
}

ACCESSIBILITY = {
    "title": {"de": "Erklärung zur Barrierefreiheit", "en": "Accessibility statement"},
    "slug": {"de": "barrierefreiheit", "en": "accessibility"},
    "intro": {
        "de": "Die Stadt Halle (Saale) möchte ihre Website für alle Menschen zugänglich machen. "
        "Rechtsgrundlage sind das Behindertengleichstellungsgesetz Sachsen-Anhalt (BGG LSA) "
        "und die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0).",
        "en": "The City of Halle (Saale) wants its website to be usable by everyone. The legal "
        "basis is the Disability Equality Act of Saxony-Anhalt (BGG LSA) and the Accessible "
        "Information Technology Ordinance (BITV 2.0).",
    },
    "conformance_text": {
        "de": "<p>Die Website wurde nach WCAG 2.2 Stufe AA gestaltet und automatisch geprüft. "
        "[Bitte ergänzen: Art der Prüfung, z. B. Selbstbewertung oder BITV-Test, und wer "
        "geprüft hat]</p>",
        "en": "<p>The website was designed for WCAG 2.2 level AA and tested automatically. "
        "[Please add: how it was assessed, e.g. self-assessment or BITV test, and by whom]</p>",
    },
    "known_gaps": {
        "de": "<ul><li>Hochgeladene PDF-Dokumente sind möglicherweise nicht vollständig "
        "barrierefrei.</li><li>Es gibt noch keine Informationen in Deutscher "
        "Gebärdensprache.</li><li>[Bitte ergänzen: weitere bekannte Mängel]</li></ul>",
        "en": "<ul><li>Uploaded PDF documents may not be fully accessible.</li><li>There is no "
        "information in German Sign Language yet.</li><li>[Please add: further known "
        "gaps]</li></ul>",
    },
    "feedback_text": {
        "de": "<p>Ist Ihnen eine Barriere aufgefallen? Schreiben Sie uns über das Formular. "
        "Sie erreichen uns auch so: [Bitte ergänzen: Kontaktstelle für Barrierefreiheit mit "
        "E-Mail-Adresse und Telefonnummer]</p>",
        "en": "<p>Have you come across a barrier? Tell us using the form. You can also reach "
        "us here: [Please add: accessibility contact with e-mail address and phone "
        "number]</p>",
    },
    "enforcement_text": {
        "de": "<p>Wenn Sie auf Ihre Rückmeldung keine oder keine zufriedenstellende Antwort "
        "erhalten, können Sie sich an die Ombudsstelle des Landes Sachsen-Anhalt nach "
        f"§ 16d BGG LSA wenden. Das Verfahren ist kostenlos.</p><p>{OMBUDS_PLACEHOLDER['de']}</p>",
        "en": "<p>If you receive no answer, or no satisfactory answer, to your feedback, you can "
        "turn to the ombuds office of the state of Saxony-Anhalt under section 16d BGG LSA. "
        f"The procedure is free of charge.</p><p>{OMBUDS_PLACEHOLDER['en']}</p>",
    },
    "thank_you_text": {
        "de": "<p>Wir melden uns so bald wie möglich, spätestens innerhalb eines Monats.</p>",
        "en": "<p>We will get back to you as soon as we can, within one month at the "
        "latest.</p>",
    },
    "fields": [
        {
            "clean_name": "message",
            "field_type": "multiline",
            "required": True,
            "label": {"de": "Ihre Nachricht", "en": "Your message"},
            "help_text": {
                "de": "Welche Seite und welche Barriere meinen Sie?",
                "en": "Which page and which barrier do you mean?",
            },
        },
        {
            "clean_name": "name",
            "field_type": "singleline",
            "required": False,
            "label": {"de": "Ihr Name", "en": "Your name"},
            "help_text": {"de": "Freiwillig.", "en": "Optional."},
        },
        {
            "clean_name": "email",
            "field_type": "email",
            "required": False,
            "label": {"de": "Ihre E-Mail-Adresse", "en": "Your e-mail address"},
            "help_text": {
                "de": "Freiwillig. Nur nötig, wenn Sie eine Antwort wünschen.",
                "en": "Optional. Only needed if you would like an answer.",
            },
        },
    ],
}

# Leichte Sprache as BITV 2.0 § 4 (annex 2, part 2) asks: what the site contains, how to find
# one's way, the essentials of the accessibility statement, and where more is in Leichte
# Sprache. The rules of Leichte Sprache: one statement per sentence, short sentences, no
# subordinate clauses, long words split with a hyphen, and every hard word explained where it
# first appears (tests/test_easy_read_and_sign_language.py checks what a program can check).
EASY_READ = {
    "title": {"de": "Leichte Sprache", "en": "Easy-to-read German"},
    "slug": {"de": "leichte-sprache", "en": "easy-read"},
    "intro": {
        "de": "Hier erklären wir diese Website in Leichter Sprache.",
        "en": "Here we explain this website in easy-to-read language.",
    },
    "body": {
        "de": [
            heading("Was steht auf dieser Website?"),
            para(
                "Halle ist eine Stadt an der Saale.",
                "Halle will eine Smart City werden.",
                "Smart City ist Englisch.",
                "Man spricht es so: Smart Sitti.",
                "Smart City heißt: Die Stadt nutzt Computer und Internet.",
                "Das soll das Leben in der Stadt besser machen.",
                "Alle Menschen in Halle sollen mitmachen können.",
                "Die Bundes-Regierung gibt Geld für dieses Projekt.",
                "Auf dieser Website steht der Plan der Stadt.",
                "Hier stehen auch die Projekte.",
                "Ein Projekt ist eine Aufgabe mit einem Ziel.",
                "Und hier stehen Neuigkeiten und Termine.",
            ),
            heading("Wie finde ich mich zurecht?"),
            para(
                "Oben auf jeder Seite ist das Menü.",
                "Auf dem Handy heißt der Knopf dafür: Menü.",
                "Im Menü finden Sie die wichtigen Seiten.",
                "Zum Beispiel: Strategie. Dort steht der Plan der Stadt.",
                "Oben können Sie auch die Sprache wechseln.",
                "Und Sie können die Website durchsuchen.",
                "Unten auf jeder Seite sind Links. Zum Beispiel zum Impressum.",
            ),
            heading("Ist die Website barriere-frei?"),
            para(
                "Barriere-frei heißt: Alle Menschen können die Website benutzen.",
                "Auch Menschen mit Behinderung.",
                "Wir haben uns viel Mühe gegeben.",
                "Aber noch nicht alles ist barriere-frei.",
                "Zum Beispiel manche PDF-Dateien.",
                "Das steht in der Erklärung zur Barriere-Freiheit.",
            ),
            heading("Sie haben ein Problem mit der Website?"),
            para(
                "Dann schreiben Sie uns.",
                "Dafür gibt es ein Formular.",
                "Das Formular ist auf der Seite: Erklärung zur Barriere-Freiheit.",
                "Wir antworten Ihnen spätestens nach einem Monat.",
                "Sie sind mit der Antwort nicht zufrieden?",
                "Dann können Sie sich an die Ombuds-Stelle wenden.",
                "Die Ombuds-Stelle ist eine Stelle vom Land Sachsen-Anhalt.",
                "Die Ombuds-Stelle hilft Ihnen. Das kostet nichts.",
            ),
            heading("Wo gibt es mehr in Leichter Sprache?"),
            para(
                "Nur diese Seite ist in Leichter Sprache.",
                "Es gibt auch eine Seite in Gebärden-Sprache.",
                "Gebärden-Sprache ist eine Sprache mit den Händen.",
                "Viele gehörlose Menschen sprechen Gebärden-Sprache.",
                "Der Link dazu ist oben auf jeder Seite.",
                "[Bitte ergänzen: Link zu weiteren Seiten der Stadt Halle in Leichter Sprache]",
            ),
        ],
        "en": [
            heading("What is on this website?"),
            para(
                "Halle is a city on the river Saale.",
                "Halle wants to become a smart city.",
                "Smart city means: the city uses computers and the internet.",
                "This should make life in the city better.",
                "Everybody in Halle should be able to take part.",
                "The federal government pays for this project.",
                "This website shows the plan of the city.",
                "It also shows the projects.",
                "A project is a task with a goal.",
                "And it shows news and dates.",
            ),
            heading("How do I find my way around?"),
            para(
                "At the top of every page is the menu.",
                "On a phone, the button is called: Menu.",
                "In the menu you find the important pages.",
                "For example: Strategy. It shows the city's plan.",
                "At the top you can also change the language.",
                "And you can search the website.",
                "At the bottom of every page are links. For example to the legal notice.",
            ),
            heading("Can everybody use this website?"),
            para(
                "We want everybody to be able to use this website.",
                "People with disabilities too.",
                "We have worked hard on this.",
                "But not everything works for everybody yet.",
                "For example some PDF files.",
                "This is written in the accessibility statement.",
            ),
            heading("Do you have a problem with the website?"),
            para(
                "Then write to us.",
                "There is a form for this.",
                "The form is on the page: Accessibility statement.",
                "We will answer you within one month.",
                "Are you not happy with the answer?",
                "Then you can contact the ombuds office.",
                "The ombuds office belongs to the state of Saxony-Anhalt.",
                "The ombuds office helps you. It is free.",
            ),
            heading("Where is there more in easy language?"),
            para(
                "On this website, only this page is in easy language.",
                "There is also a page in sign language.",
                "Sign language is a language made with the hands.",
                "Many deaf people use sign language.",
                "The link to it is at the top of every page.",
                "[Please add: link to more pages of the city of Halle in easy language]",
            ),
        ],
    },
}


def seed_legal_pages(seeder, home):
    """Creates the four legal pages below the home page, hidden from the main menu (they are
    linked from the footer, Leichte Sprache also from the header)."""
    for data in (IMPRESSUM, PRIVACY, EASY_READ):
        seeder.child(
            home,
            StandardPage,
            data,
            show_in_menus=False,
            **tr("intro", data["intro"]),
            **tr("search_description", data["intro"]),
            **{f"body_{code}": data["body"][code] for code in LANGUAGES},
        )

    data = ACCESSIBILITY
    fields = [
        AccessibilityFormField(
            sort_order=order,
            clean_name=field["clean_name"],
            field_type=field["field_type"],
            required=field["required"],
            label=field["label"]["de"],
            help_text=field["help_text"]["de"],
            **tr("label", field["label"]),
            **tr("help_text", field["help_text"]),
        )
        for order, field in enumerate(data["fields"])
    ]
    seeder.child(
        home,
        AccessibilityStatementPage,
        data,
        show_in_menus=False,
        form_fields=fields,
        statement_date=None,
        **tr("search_description", data["intro"]),
        **{
            name: value
            for key in (
                "intro",
                "conformance_text",
                "known_gaps",
                "feedback_text",
                "enforcement_text",
                "thank_you_text",
            )
            for name, value in tr(key, data[key]).items()
        },
    )
