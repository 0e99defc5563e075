"""Addresses and phone numbers in each demo country's own form (``caseworker demo --country``).

Postcodes, ZIP codes and phone numbers follow each country's pattern. Landlines use ranges kept
for examples (Ofcom's 0113 496 0xxx; the North American 555 exchange); British mobiles keep the
demo's earlier numbers, since Ofcom's drama range (07700 900xxx) is too small for the large demo and
is refused by the phone-number check a saved record goes through.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_GB_STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane",
               "Queen Street", "Elm Grove", "Canal Side", "Orchard Close"]
_NA_STREETS = ["Main Street", "Oak Avenue", "Maple Drive", "King Street", "Elm Street", "Lakeshore Road",
               "Park Avenue", "Church Street", "Cedar Lane", "Water Street"]
_LETTERS = "ABCEGHJKLMNPRSTVXY"  # letters a Canadian postal code uses
_GB_MOBILE = ["911", "912", "400", "500", "723", "830"]


@dataclass(frozen=True)
class Places:
    country: str
    country_name: str
    #: (town, region, postcode area or prefix, landline area code)
    towns: tuple[tuple[str, str, str, str], ...]
    streets: tuple[str, ...]

    def address(self, rng: Any) -> dict[str, str]:
        """A street address as the donor record keeps it."""
        town, region, area, _code = rng.choice(self.towns)
        return {"address_line1": f"{rng.randint(1, 240)} {rng.choice(self.streets)}", "address_line2": "",
                "city": town, "region": region, "postcode": self.postcode(rng, area),
                "country": self.country_name}

    def client_address(self, rng: Any) -> tuple[str, str]:
        """(the address lines, the postcode) as the client record keeps them."""
        town, region, area, _code = rng.choice(self.towns)
        place = {"US": f"{town}, {region}", "CA": f"{town} {region}"}.get(self.country, town)
        return f"{rng.randint(1, 220)} {rng.choice(self.streets)}\n{place}", self.postcode(rng, area)

    def postcode(self, rng: Any, area: str) -> str:
        if self.country == "US":
            return f"{area}{rng.randint(1, 99):02d}"
        if self.country == "CA":
            return f"{area} {rng.randint(1, 9)}{rng.choice(_LETTERS)}{rng.randint(0, 9)}"
        return f"{area}{rng.randint(1, 29)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
               f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def mobile(self, rng: Any) -> str:
        """A mobile number in E.164."""
        if self.country == "GB":
            return f"+447{rng.choice(_GB_MOBILE)}{rng.randint(100000, 999999)}"
        _town, _region, _area, code = rng.choice(self.towns)
        return f"+1{code}555{rng.randint(1000, 9999)}"

    def landline(self, rng: Any, n: int | None = None) -> str:
        """A landline in E.164 (the *n*-th of the office's own lines when given)."""
        if self.country == "GB":
            return f"+441134960{(rng.randint(0, 999) if n is None else n % 1000):03d}"
        code = self.towns[0][3]
        return f"+1{code}555{(rng.randint(1000, 9999) if n is None else 100 + n % 100):04d}"

    def office_phone(self, n: int) -> str:
        """An office line written the way the country writes it on a letterhead."""
        number = self.landline(None, n)
        if self.country == "GB":
            return f"0113 496 0{number[-3:]}"
        return f"({number[2:5]}) {number[5:8]}-{number[8:]}"


PLACES: dict[str, Places] = {
    "GB": Places("GB", "United Kingdom", (
        ("Leeds", "West Yorkshire", "LS", "113"), ("York", "North Yorkshire", "YO", "1904"),
        ("Harrogate", "North Yorkshire", "HG", "1423"), ("Selby", "North Yorkshire", "YO", "1757"),
        ("Bradford", "West Yorkshire", "BD", "1274"), ("Wakefield", "West Yorkshire", "WF", "1924"),
    ), tuple(_GB_STREETS)),
    "CA": Places("CA", "Canada", (
        ("Kingston", "ON", "K7L", "613"), ("Kingston", "ON", "K7K", "613"), ("Kingston", "ON", "K7M", "613"),
        ("Belleville", "ON", "K8N", "613"), ("Napanee", "ON", "K7R", "613"), ("Gananoque", "ON", "K7G", "613"),
    ), tuple(_NA_STREETS)),
    "US": Places("US", "United States", (
        ("Springfield", "IL", "627", "217"), ("Springfield", "IL", "627", "217"), ("Chatham", "IL", "626", "217"),
        ("Decatur", "IL", "625", "217"), ("Jacksonville", "IL", "626", "217"), ("Lincoln", "IL", "626", "217"),
    ), tuple(_NA_STREETS)),
}


def places_of(country: str | None) -> Places:
    return PLACES.get(country or "GB", PLACES["GB"])
