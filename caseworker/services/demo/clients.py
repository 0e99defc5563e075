"""Demo clients: about 300 (small) or 100,000 (large), with names from many scripts, flags,
consents, tags, contacts, referrals and a few small attachments.

Every row is prebuilt as a dict and each table gets one batched Core insert, so the large scale
takes a few seconds. Later modules (cases, aid, meetings) find the ids in ``ctx.extra["client_ids"]``.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

from caseworker.db.models import (
    Client,
    ClientAttachment,
    ClientConsent,
    ClientContact,
    ClientReferral,
    ClientSearchKey,
    ClientTag,
)
from caseworker.domain.channels import CLIENT_CHANNELS
from caseworker.domain.clients import ClientFlags, name_words, search_name
from caseworker.services.demo import DemoContext
from caseworker.services.demo.places import places_of

# (first names, family names, area code pattern, language) per community; the weights make the
# English-speaking names the most common, as in most of the organisations this serves.
_COMMUNITIES: list[tuple[int, list[str], list[str], str]] = [
    (40, ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Susan",
          "William", "Karen", "Joseph", "Lisa", "Thomas", "Nancy", "Daniel", "Sandra", "Matthew", "Ashley",
          "Aisha", "Kwame", "Zoë", "Chloé", "Seán", "Siobhán", "Noah", "Olivia", "Liam", "Emma"],
     ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
      "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker",
      "O'Brien", "MacDonald", "Okafor", "Mensah", "Nguyen", "Patel", "Kowalski", "Lee-Smith", "Young"], ""),
    (10, ["José", "María", "Lucía", "Javier", "Carmen", "Andrés", "Sofía", "Mateo", "Valentina", "Diego"],
     ["García", "Martínez", "López", "Hernández", "González", "Pérez", "Sánchez", "Ramírez", "Núñez"], "Spanish"),
    (6, ["Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Σοφία", "Κωνσταντίνος", "Αικατερίνη"],
     ["Παπαδόπουλος", "Παπαδοπούλου", "Γεωργίου", "Νικολάου", "Οικονόμου", "Βασιλείου"], "Greek"),
    (8, ["Александр", "Мария", "Дмитрий", "Анна", "Сергей", "Ольга", "Иван", "Наталья", "Олена", "Тарас"],
     ["Иванов", "Иванова", "Смирнов", "Кузнецова", "Попов", "Шевченко", "Коваленко", "Бондаренко"],
     "Ukrainian"),
    (10, ["محمد", "فاطمة", "أحمد", "مريم", "علي", "زينب", "يوسف", "نور", "عمر", "ليلى"],
     ["حسن", "الأحمد", "الخطيب", "حداد", "النجار", "إبراهيم", "الحسيني", "عبد الله"], "Arabic"),
    (5, ["מרים", "דוד", "שרה", "יוסף", "רחל", "אברהם", "אסתר", "משה"],
     ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם"], "Hebrew"),
    (6, ["Amir", "Shirin", "Reza", "Nasrin", "Dariush", "Leila"],
     ["Hosseini", "Rahimi", "Karimi", "Moradi", "Jafari"], "Farsi"),
    (5, ["Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Łukasz", "Zofia"],
     ["Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski"], "Polish"),
]
_PREFERRED = {"Robert": "Bob", "William": "Bill", "Jennifer": "Jen", "Michael": "Mike", "Alexander": "Sasha",
              "Александр": "Саша", "Κωνσταντίνος": "Κώστας", "Αικατερίνη": "Κατερίνα", "Joseph": "Joe"}
_TAGS = ["housing", "benefits", "debt", "food", "health", "immigration", "employment", "family",
         "disability", "carer", "refugee", "older person", "young person"]
_NEEDS = ["Rent arrears after a benefit sanction.", "Needs help with a housing application.",
          "Food insecurity; referred by the school.", "Appeal against a PIP decision.",
          "Fleeing domestic abuse; needs safe housing.", "Energy debt and a prepayment meter.",
          "Help completing immigration paperwork.", "Lost job; needs a benefits check."]
_SAFEGUARDING = ["Do not visit alone", "Do not leave messages at home", "Partner must not be told of contact",
                 "Known risk at address: meet at the office", "Vulnerable adult: safeguarding plan in place"]
_ACCESS = ["Wheelchair user: step-free rooms only", "Deaf: BSL interpreter or text", "Large print letters",
           "Partially sighted: phone rather than letters", "Needs breaks in long meetings"]
_AGENCIES = ["City Food Bank", "Citizens Advice", "Shelter Housing Line", "StepChange Debt Charity",
             "Community Mental Health Team", "Refugee Council", "Women's Aid", "Job Centre Plus"]
# Where clients are referred outside the UK: the same kinds of service under their local names.
_AGENCIES_ABROAD = ["Community Food Bank", "211 Helpline", "Legal Aid Clinic", "Credit Counselling Service",
                    "Community Mental Health Team", "Refugee Resettlement Office", "Women's Shelter",
                    "Employment Services Centre"]
_OUTCOMES = ["pending", "accepted", "accepted", "completed", "completed", "declined", "no_response"]
_CONSENT_TOPICS = ["Store personal data", "Share with partner agencies", "Contact by text message",
                   "Photographs", "Referral to other services"]
_TIMES = ["Weekday mornings", "After 5 pm", "Not on Fridays", "Any time", "Afternoons only", ""]
_LETTER = (b"Dear client,\n\nThis letter confirms your appointment at our office.\n\n"
           b"With best wishes,\nThe advice team\n")
_TINY_PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                          "1f15c4890000000d49444154789c63f8cfc0f01f0005000201a5c3e1d8"
                          "0000000049454e44ae426082")


def populate(ctx: DemoContext) -> None:
    rng = ctx.rng
    places = places_of(ctx.country)
    count = ctx.count(300, 100_000)
    now = datetime.combine(ctx.today, datetime.min.time(), tzinfo=UTC)
    workers = ctx.staff.get("caseworker", []) + ctx.staff.get("manager", [])
    admin = ctx.users.get("demo")
    weights = [w for w, *_ in _COMMUNITIES]

    clients: list[dict[str, Any]] = []
    keys: list[dict[str, Any]] = []
    tags: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    consents: list[dict[str, Any]] = []
    referrals: list[dict[str, Any]] = []
    contact_id = consent_id = referral_id = 0

    # A few hundred distinct names make up the whole population: normalise each once.
    keys_of: dict[tuple[str, str, str], tuple[str, list[str]]] = {}

    for cid in range(1, count + 1):
        _w, firsts, lasts, language = rng.choices(_COMMUNITIES, weights)[0]
        first, last = rng.choice(firsts), rng.choice(lasts)
        preferred = _PREFERRED.get(first, "") if rng.random() < 0.5 else ""
        names = (first, last, preferred)
        if names not in keys_of:
            keys_of[names] = (search_name(first, last, preferred), name_words(first, last, preferred))
        sort_key, words = keys_of[names]
        born = ctx.today - timedelta(days=rng.randint(18 * 365, 90 * 365))
        created = now - timedelta(days=rng.randint(0, 3 * 365), minutes=rng.randint(0, 600))
        interpreter = bool(language) and rng.random() < 0.35
        safeguarding = rng.choice(_SAFEGUARDING) if rng.random() < 0.06 else ""
        access = rng.choice(_ACCESS) if rng.random() < 0.08 else ""
        mobile = places.mobile(rng)
        street, postcode = places.client_address(rng)
        channel = rng.choice([*(c.value for c in CLIENT_CHANNELS), ""])
        clients.append({
            "id": cid, "first_name": first, "last_name": last, "preferred_name": preferred,
            "date_of_birth": born if rng.random() < 0.95 else None,
            "search_name": sort_key,
            "phone": mobile, "phone_key": mobile[3:] if mobile.startswith("+44") else mobile[2:],
            "email": f"client{cid}@example.net" if channel == "email" or rng.random() < 0.3 else "",
            "address": street,
            "postcode": postcode,
            "language": language or "English", "contact_channel": channel, "contact_times": rng.choice(_TIMES),
            "key_worker_id": rng.choice(workers) if workers and rng.random() < 0.85 else None,
            "safeguarding": safeguarding,
            "interpreter_needed": interpreter, "interpreter_language": language if interpreter else "",
            "accessibility": access,
            "flag_bits": ClientFlags(safeguarding, interpreter, "", access).bits,
            "needs": rng.choice(_NEEDS), "notes": "", "anonymised_at": None,
            "created_at": created, "updated_at": created, "version": 1, "updated_by_id": admin,
        })
        keys.extend({"client_id": cid, "key": k} for k in words)
        tags.extend({"client_id": cid, "tag": t} for t in rng.sample(_TAGS, rng.choice([0, 1, 1, 2, 3])))
        stamp = {"created_at": created, "updated_at": created, "version": 1, "updated_by_id": admin}
        if rng.random() < 0.1:
            contact_id += 1
            contacts.append({"id": contact_id, "client_id": cid, "kind": "phone", "active": True,
                             "value": places.landline(rng),
                             "label": rng.choice(["Sister", "Support worker", "Work", "Neighbour"]), **stamp})
        for topic in rng.sample(_CONSENT_TOPICS, rng.choice([1, 1, 1, 2])):
            consent_id += 1
            consents.append({"id": consent_id, "client_id": cid, "topic": topic, "given": rng.random() < 0.9,
                             "given_on": created.date(), "method": rng.choice(["written", "verbal", "electronic"]),
                             "note": "", "recorded_by_id": admin, **stamp})
        if rng.random() < 0.15:
            referral_id += 1
            referred = created.date() + timedelta(days=rng.randint(0, 60))
            referred = min(referred, ctx.today)
            outcome = rng.choice(_OUTCOMES)
            agencies = _AGENCIES if ctx.country == "GB" else _AGENCIES_ABROAD
            referrals.append({"id": referral_id, "client_id": cid, "agency": rng.choice(agencies),
                              "reason": rng.choice(_NEEDS), "referred_on": referred,
                              "made_by_id": rng.choice(workers) if workers else admin, "outcome": outcome,
                              "outcome_on": None if outcome == "pending"
                              else min(referred + timedelta(days=rng.randint(1, 30)), ctx.today),
                              "outcome_note": "", **stamp})

    ctx.bulk_insert(Client.__table__, clients)
    ctx.bulk_insert(ClientSearchKey.__table__, keys)
    ctx.bulk_insert(ClientTag.__table__, tags)
    ctx.bulk_insert(ClientContact.__table__, contacts)
    ctx.bulk_insert(ClientConsent.__table__, consents)
    ctx.bulk_insert(ClientReferral.__table__, referrals)
    ctx.bulk_insert(ClientAttachment.__table__, _attachments(ctx, min(count, 40), admin, now))
    ctx.extra["client_ids"] = [c["id"] for c in clients]


def _attachments(ctx: DemoContext, clients: int, admin: int | None, now: datetime) -> list[dict[str, Any]]:
    rows = []
    for i in range(1, clients + 1):
        name, mime, data = (("Appointment letter.txt", "text/plain", _LETTER) if i % 2
                            else ("ID photo.png", "image/png", _TINY_PNG))
        rows.append({"id": i, "client_id": i, "title": name, "mime_type": mime, "size": len(data),
                     "sha256": hashlib.sha256(data).hexdigest(), "content": data, "uploaded_by_id": admin,
                     "voided_at": None, "void_reason": "", "created_at": now, "updated_at": now, "version": 1,
                     "updated_by_id": admin})
    return rows

