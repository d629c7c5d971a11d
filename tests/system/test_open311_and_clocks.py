"""The closed loop from outside: a stock Open311 GeoReport v2 client (PyPI's georeport) against the binary, and an
overdue case escalated exactly once while two servers sweep one database."""
import time
import urllib.parse
import urllib.request

import pytest
import requests
from georeport import GeoReport

from conftest import ENGINES, Server, make_server
from test_operations import get_json, token_for


@pytest.mark.parametrize("output_format", ["json", "xml"])
def test_a_stock_open311_client_lists_posts_and_reads_back(demo_server, output_format):
    community = demo_server.log().split("community:")[1][:12]
    client = GeoReport(demo_server.base + "/open311/v2", jurisdiction=community, output_format=output_format)
    services = client.get_service_list()
    codes = {service["service_code"]: service for service in services}
    assert codes["L0202"]["service_name"] == "电动车入户充电"
    assert client.get_service_definition("L0202")["service_code"] == "L0202"

    # georeport 0.3.1 has no call for posting (and the older `open311` package is Python 2 only), so the request
    # is posted as the standard describes: form fields to requests.<format>, the API key among them.
    key = token_for(demo_server, "partner")
    posted = requests.post(f"{demo_server.base}/open311/v2/requests.{output_format}", data={
        "api_key": key, "jurisdiction_id": community, "service_code": "L0202",
        "description": "单元门口有电动车在充电", "address_string": "3号楼2单元", "first_name": "文", "last_name": "王",
    })
    assert posted.status_code == 201, posted.text
    if output_format == "json":
        request_id = posted.json()[0]["service_request_id"]
    else:
        request_id = posted.text.split("<service_request_id>")[1].split("<")[0]

    read = client.get_service_request(request_id)
    assert read["service_request_id"] == request_id
    assert read["status"] == "open"
    assert read["service_code"] == "L0202"
    assert read["description"] == "单元门口有电动车在充电"
    assert "王文" not in str(read)
    listed = client.get_service_requests(service_code="L0202", status="open")
    listed = listed if isinstance(listed, list) else [listed]
    assert request_id in {item["service_request_id"] for item in listed}

    refused = requests.post(f"{demo_server.base}/open311/v2/requests.{output_format}",
                            data={"api_key": "wrong", "service_code": "L0202", "description": "x"})
    assert refused.status_code == 403
    assert ("<errors>" in refused.text) if output_format == "xml" else refused.json()[0]["code"] == 403


@pytest.mark.parametrize("engine", ENGINES)
def test_an_overdue_case_escalates_once_with_two_servers_sweeping(engine, workdir):
    first = make_server(engine, workdir, "doorstep_two_servers")
    first.env_extra = {"DOORSTEP_CASE_CLOCK_SECONDS": "1"}
    first.start()
    second = Server(first.database, workdir)
    second.env_extra = {"DOORSTEP_CASE_CLOCK_SECONDS": "1"}
    second.start(demo=False)
    try:
        token = token_for(first, "secretary")
        overdue = []
        deadline = time.time() + 30
        while time.time() < deadline:
            cases = get_json(first.base + "/api/v1/cases?lane=inHand", token)["items"]
            overdue = [c for c in cases if c["clock"] == "red" and c["escalation"] != "grid"]
            if overdue:
                break
            time.sleep(0.5)
        assert overdue, "the demo's overdue case was not escalated"
        time.sleep(4)  # several more sweeps by both servers
        for case in overdue:
            history = get_json(first.base + f"/api/v1/cases/{case['id']}/history", token)["items"]
            assert [h["action"] for h in history].count("escalate") == 1, history
    finally:
        second.stop()
        first.stop()
