#!/usr/bin/env python3
"""Writes seeds/V16__demo_documents.sql: small one-page PDFs as demo documents (issue 24).

Each PDF is built here by hand (catalog, one page, Helvetica, a few lines of text) with a correct
cross-reference table, so it is a real PDF that passes the upload's checks. Run it again after
changing the texts: python3 seeds/generators/demo_documents.py
"""
import hashlib
import pathlib

# (sql client expression, days ago, kind, title, file name, created by, measure expression or None, lines)
DOCUMENTS = [
    ("21", 34, "DECISION", "Beschikking Wmo-begeleiding", "beschikking-wmo-begeleiding.pdf", "anna.noord", None,
     ["Gemeente - Beschikking Wmo 2015", "Aan: mevrouw E. Hendriks", "",
      "U krijgt individuele begeleiding voor 12 maanden,",
      "gericht op dagstructuur en het beperken van gebruik.", "Het gebiedsteam Noord voert de regie."]),
    ("21", 27, "CONSENT_FORM", "Toestemming gegevensdeling verslavingszorg", "toestemming-gegevensdeling.pdf",
     "anna.noord", None,
     ["Toestemmingsformulier", "Ik geef het gebiedsteam toestemming om gegevens over", "mijn hulpvraag te delen met de verslavingszorg,",
      "voor de duur van de begeleiding.", "", "Handtekening: E. Hendriks"]),
    ("21", 9, "LETTER", "Brief woningcorporatie over huurachterstand", "brief-woningcorporatie.pdf", "anna.noord", None,
     ["Woningcorporatie - Betreft: huurachterstand", "Geachte mevrouw Hendriks,", "",
      "Wij nodigen u uit voor een gesprek over een betalingsregeling.", "Uw contactpersoon bij het gebiedsteam mag aansluiten."]),
    ("4", 15, "PARTNER_REPORT", "Rapportage intake verslavingszorg", "rapportage-intake.pdf", "bram.noord", None,
     ["Rapportage intake verslavingszorg", "Client: K. el Idrissi", "",
      "Advies: ambulante behandeling, twee gesprekken per week.", "Terugkoppeling aan het gebiedsteam na zes weken."]),
    ("@measure_client", 20, "COURT_RULING", "Vonnis met bijzondere voorwaarden", "vonnis-bijzondere-voorwaarden.pdf",
     "anna.noord", "@measure_id",
     ["Rechtbank - Vonnis van de politierechter", "", "Voorwaardelijke straf met bijzondere voorwaarden:",
      "meldplicht bij de reclassering en behandeling bij", "de verslavingszorg. Proeftijd: twee jaar."]),
]


def pdf(lines):
    text = "BT /F1 13 Tf 72 770 Td 18 TL\n" + "".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*\n" for line in lines) + "ET\n"
    stream = text.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def sql_text(value):
    return "'" + value.replace("'", "''") + "'"


def main():
    rows = []
    for client, days, kind, title, name, by, measure, lines in DOCUMENTS:
        content = pdf(lines)
        rows.append((client, days, kind, title, name, by, measure, content))
    out = [
        "-- DEMO DATA ONLY. Documents on client files (issue 24), written by seeds/generators/demo_documents.py: do not",
        "-- edit by hand. Emma Hendriks (client 21, anna.noord's) has a decision, a consent form and a letter; Kevin el",
        "-- Idrissi (client 4, bram.noord's) a partner's report; anna's client with the newest demo measure has the court",
        "-- ruling of that measure, which the measure says it was checked against and which only anna and carla.noord",
        "-- (team lead) see. Bytes in the database, one chunk each.",
        "SET @now = UTC_TIMESTAMP(6);",
        "SELECT m.client_id, m.id INTO @measure_client, @measure_id FROM coercion_measure m JOIN client c ON c.id = m.client_id",
        "    WHERE c.responsible_worker_id = 1 AND NOT m.voided ORDER BY m.start_date DESC, m.id DESC LIMIT 1;",
        "",
    ]
    for client, days, kind, title, name, by, measure, content in rows:
        out.append(
            "INSERT INTO client_document (client_id, title, kind, document_date, file_name, media_type, size_bytes, sha256, "
            "measure_id, version, created_at, created_by, modified_at, modified_by)\n"
            f"    SELECT {client}, {sql_text(title)}, '{kind}', CURDATE() - INTERVAL {days} DAY, {sql_text(name)}, "
            f"'application/pdf', {len(content)},\n    '{hashlib.sha256(content).hexdigest()}', {measure or 'NULL'}, 1, @now, "
            f"'{by}', @now, '{by}' FROM DUAL WHERE {client} IS NOT NULL;")
        out.append("INSERT INTO client_document_chunk (document_id, position, bytes) SELECT LAST_INSERT_ID(), 0,")
        out.append(f"    X'{content.hex()}' FROM DUAL WHERE ROW_COUNT() = 1;")
        out.append("")
    out.append("-- the measure was checked against its ruling (the measure form's \"gecontroleerd aan de hand van\")")
    out.append("UPDATE coercion_measure SET verified = TRUE, verified_document_id = (SELECT d.id FROM client_document d")
    out.append("    WHERE d.measure_id = @measure_id ORDER BY d.id LIMIT 1) WHERE id = @measure_id;")
    out.append("")
    target = pathlib.Path(__file__).resolve().parent.parent / "V16__demo_documents.sql"
    target.write_text("\n".join(out))


if __name__ == "__main__":
    main()
