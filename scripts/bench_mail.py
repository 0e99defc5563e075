"""Time a mail merge and an e-mail run through the real path, on a fresh demo database.

    python scripts/bench_mail.py                      # 5,000 letters, then 5,000 e-mails
    python scripts/bench_mail.py --letters 1000 --emails 1000

Adds the recipients to a fresh small demo database (plain SQLite, in a temp folder) with one bulk
insert, then:

1. a mail merge: one letter template to N donors through the contact guard (``compose``), the
   letters drawn into one PDF and recorded as done touchpoints (``print_letters``), exactly as
   ``caseworker letters`` does it;
2. an e-mail run: one invitation to N other donors queued through the guard, then sent through
   SMTP to a local aiosmtpd server (its own process, the ``Sink`` handler) by ``send_outbox``,
   each message claimed, sent and recorded on its own.

Figures: wall and CPU seconds of each phase, pages and file size, messages per second, and the
peak resident memory of this process after each phase.
"""

from __future__ import annotations

import argparse
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert

from caseworker.correspondence import draw_letters, send_outbox
from caseworker.db.models import Donor
from caseworker.db.open import open_database
from caseworker.domain.templates import TemplateDraft
from caseworker.services.accounts import AuthService
from caseworker.services.container import Services


def timed(label: str, fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label:<44} {wall:7.2f} s wall  {cpu:7.2f} s CPU  peak RSS {peak:6.0f} MB")
    return result, wall


def add_donors(services: Services, count: int, tag: str) -> list[int]:
    now = datetime.now(UTC)
    rows = [{"kind": "individual", "first_name": f"Bench{i}", "last_name": tag, "sort_name": f"{tag}, Bench{i}",
             "search_name": f" bench{i} {tag.lower()}", "salutation": f"Dear Bench{i}",
             "email": f"bench{i}.{tag.lower()}@example.org", "address_line1": f"{i} Long Road",
             "city": "York", "postcode": "YO1 7HP", "country": "United Kingdom", "created_at": now,
             "updated_at": now, "version": 1} for i in range(count)]
    with services.db.transaction("Benchmark donors") as s:
        s.execute(insert(Donor), rows)
    with services.db.read() as s:
        from sqlalchemy import select

        return list(s.scalars(select(Donor.id).where(Donor.last_name == tag).order_by(Donor.id)))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--letters", type=int, default=5000)
    parser.add_argument("--emails", type=int, default=5000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-mail-"))
    db_path = str(folder / "demo.db")
    subprocess.run([sys.executable, "-m", "caseworker", "demo", "--db", db_path, "--plain"], check=True,
                   stdout=subprocess.DEVNULL)
    db = open_database(db_path, credentials=lambda: ("demo", "demo"))
    services = Services(db, AuthService(db).sign_in("demo", "demo"))
    mail = services.mail

    if args.letters:
        letter, _ = mail.save_template(TemplateDraft(
            name="Bench update", kind="letter", purpose="update", audience="donors", subject="Our news",
            body="{{ donor.salutation }},\n\nThis spring we answered 1,240 questions about housing, benefits and "
                 "debt, and helped 86 families keep their homes.\n\n{% if donor.gift_count %}Thank you for your "
                 "{{ donor.gift_count }} gifts.{% else %}We hope you will join us.{% endif %}\n\n"
                 "{{ worker.signature }}"))
        ids, _ = timed(f"add {args.letters} donors (bulk insert)", lambda: add_donors(services, args.letters, "Merge"))
        result, _ = timed(f"compose {len(ids)} letters through the guard",
                          lambda: mail.compose(letter.id, donor_ids=ids, letter=True))
        print(f"  letters {len(result.letters)}, blocked {len(result.blocked)}, skipped {len(result.skipped)}")
        out = folder / "merge.pdf"
        letters, _ = timed("read the letters to print", lambda: mail.letters_to_print(list(result.letters)))
        pages, wall = timed("draw them into one PDF", lambda: draw_letters(services, letters, out))
        print(f"  {len(letters)} letters, {pages} pages, {out.stat().st_size / 1e6:.1f} MB, "
              f"{len(letters) / wall:.0f} letters/s")
        timed("record them as done touchpoints", lambda: mail.record_printed([x.message_id for x in letters]))

    if args.emails:
        invite, _ = mail.save_template(TemplateDraft(
            name="Bench invitation", kind="email", purpose="invite", audience="donors", subject="You are invited",
            body="{{ donor.salutation }},\n\nJoin us at our open day on Saturday.\n\n{{ worker.signature }}"))
        ids, _ = timed(f"add {args.emails} donors (bulk insert)", lambda: add_donors(services, args.emails, "Mail"))
        result, _ = timed(f"queue {len(ids)} e-mails through the guard",
                          lambda: mail.compose(invite.id, donor_ids=ids))
        print(f"  queued {len(result.queued)}, blocked {len(result.blocked)}, skipped {len(result.skipped)}")
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
                                   "-c", "aiosmtpd.handlers.Sink"], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        try:
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.1)
            summary, wall = timed("send them to a local aiosmtpd server",
                                  lambda: send_outbox(services, smtp_url=f"smtp://127.0.0.1:{port}"))
        finally:
            server.terminate()
            server.wait(10)
        print(f"  {summary.line()}; {summary.sent / wall:.0f} e-mails/s")
    db.dispose()
    print(f"files in {folder}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("CASEWORKER_CONFIG_DIR", tempfile.mkdtemp(prefix="bench-mail-config-"))
    sys.exit(main())
