"""Two people editing the same customer: the later save over a newer change is refused."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest

from crm_desktop.db import Database, open_database
from crm_desktop.services.conflicts import describe_conflict
from crm_desktop.services.customers import (
    CustomerInput,
    create_customer,
    get_customer,
    update_customer,
)
from crm_desktop.services.errors import ValidationError


@pytest.fixture(params=["sqlite", "postgresql"])
def two_clients(
    request: pytest.FixtureRequest, db_path: object
) -> Iterator[tuple[Database, Database]]:
    """Two independent connections to one database, as two windows would have."""
    if request.param == "sqlite":
        first = open_database(str(db_path))
        second = open_database(str(db_path), take_lock=False)
    else:
        url = request.getfixturevalue("pg_url")
        first, second = open_database(url), open_database(url)
    try:
        yield first, second
    finally:
        first.close()
        second.close()


def test_saving_over_a_newer_change_is_refused_and_names_it(
    two_clients: tuple[Database, Database],
) -> None:
    alice, bob = two_clients
    with alice.session() as session:
        created = create_customer(session, data=CustomerInput(name="张三", city="北京"))
    with alice.session() as session:
        alice_form = get_customer(session, id=created.id)
    with bob.session() as session:
        bob_form = get_customer(session, id=created.id)
    with alice.session() as session:
        update_customer(session, id=created.id, expected_version=alice_form.version,
                        data=replace(alice_form.to_input(), phones=("13812345678",)))
    with pytest.raises(ValidationError) as refused, bob.session() as session:
        update_customer(session, id=created.id, expected_version=bob_form.version,
                        data=replace(bob_form.to_input(), city="上海"))
    assert refused.value.code == "stale_version"
    with bob.session() as session:
        conflict = describe_conflict(session, loaded=bob_form)
        stored = get_customer(session, id=created.id)
    assert conflict.fields == ("phones",)
    assert "phones" in conflict.message and "Reload" in conflict.message
    assert stored.city == "北京" and stored.phones == ("+8613812345678",)
    assert conflict.current.version == stored.version


def test_simultaneous_saves_on_the_server_never_overwrite_silently(pg_url: str) -> None:
    """Both pass the version check before either commits; the database decides."""
    setup = open_database(pg_url)
    with setup.session() as session:
        created = create_customer(session, data=CustomerInput(name="李四"))
    setup.close()
    both_checked = threading.Barrier(2, timeout=10)
    outcomes: dict[str, object] = {}

    def save(who: str, city: str) -> None:
        database = open_database(pg_url)
        try:
            with database.session() as session:
                form = get_customer(session, id=created.id)
                both_checked.wait()
                update_customer(session, id=created.id, expected_version=form.version,
                                data=replace(form.to_input(), city=city))
            outcomes[who] = "saved"
        except Exception as error:  # noqa: BLE001 - the outcome is what is checked
            outcomes[who] = error
        finally:
            database.close()

    threads = [threading.Thread(target=save, args=(who, city))
               for who, city in (("alice", "北京"), ("bob", "上海"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    saved = [who for who, outcome in outcomes.items() if outcome == "saved"]
    refused = [outcome for outcome in outcomes.values() if outcome != "saved"]
    assert len(saved) == 1, outcomes
    assert len(refused) == 1
    assert isinstance(refused[0], ValidationError), refused[0]
    assert refused[0].code == "stale_version"
