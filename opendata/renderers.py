"""CSV for spreadsheets: UTF-8 with a byte order mark, which is what makes Excel read umlauts
right when the file is opened by double-click (LibreOffice and scripts ignore it, or strip it
with encoding="utf-8-sig"). Comma-separated, CRLF line ends, quoted where needed (RFC 4180)."""

import csv
import io

from rest_framework.renderers import BaseRenderer

BOM = "\ufeff"


class CsvRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if "rows" in data:
            header, rows = data["header"], data["rows"]
        else:  # an error (405, 406): its fields as one row
            header, rows = list(data), [list(data.values())]
        out = io.StringIO()
        out.write(BOM)
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
        return out.getvalue().encode("utf-8")
