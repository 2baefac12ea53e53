"""``datachat serve``: the CONTRACT's options and the server's settings."""

from datachat.cli import build_parser, cmd_serve
from datachat.serving import server_options


def test_serve_takes_port_and_workers():
    args = build_parser().parse_args(["serve", "--port", "18399", "--workers", "3"])
    assert (args.func, args.port, args.workers, args.host) == (cmd_serve, 18399, 3, "127.0.0.1")


def test_server_options_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("DATACHAT_KEEPALIVE_TIMEOUT", "7")
    monkeypatch.setenv("DATACHAT_GRACEFUL_TIMEOUT", "12")
    options = server_options(host="127.0.0.1", port=18399, workers=2)
    assert options["timeout_keep_alive"] == 7 and options["timeout_graceful_shutdown"] == 12
    assert options["workers"] == 2 and options["access_log"] is False and options["lifespan"] == "off"
