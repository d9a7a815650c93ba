"""``kg serve`` (a SPARQL endpoint over the store) and ``kg push`` (copy it, or what shards
add to it, to a remote store)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import friendly, store_option

TOKEN_HELP = "Bearer token (better: set NEWSKG_TOKEN, which ps and shell history do not show)."


@click.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 exposes the endpoint to the network.")
@click.option("--port", default=7879, show_default=True, type=int, help="Port (0: any free one).")
@click.option("--timeout", default=10.0, show_default=True, type=float,
              help="Seconds a query may run before it is stopped (503).")
@click.option("--max-rows", default=100_000, show_default=True, type=int,
              help="Most solutions or triples in one answer; more is refused.")
@click.option("--max-request-bytes", default=8 * 1024 * 1024, show_default=True, type=int,
              help="Largest request body accepted (413).")
@click.option("--max-url-bytes", default=64 * 1024, show_default=True, type=int,
              help="Longest query string of a GET (414); send longer queries by POST.")
@click.option("--max-query-chars", default=256 * 1024, show_default=True, type=int,
              help="Longest query text, however sent (400).")
@click.option("--max-depth", default=64, show_default=True, type=int,
              help="Deepest nesting of { ( [ in a query or update (400).")
@click.option("--max-client-requests", default=8, show_default=True, type=int,
              help="Requests one client address may have in progress (429 beyond).")
@click.option("--max-connections", default=200, show_default=True, type=int,
              help="Open connections; at the limit the quietest idle one is closed.")
@click.option("--idle-timeout", default=15.0, show_default=True, type=float,
              help="Seconds a connection may wait between requests.")
@click.option("--header-timeout", default=10.0, show_default=True, type=float,
              help="Seconds a client may take to send a request's headers.")
@click.option("--body-timeout", default=30.0, show_default=True, type=float,
              help="Seconds a client may take to send a whole request, body included.")
@click.option("--allow-service", "allow_service", multiple=True, metavar="URL-PREFIX",
              help="Let SERVICE (and LOAD) reach endpoints under this URL prefix; repeatable. "
              "Without it, both are refused.")
@click.option("--workers", default=None, type=int,
              help="Query processes (default: the cores, at most 4).")
@click.option("--allow-update", is_flag=True,
              help="Accept SPARQL Update and Graph Store writes carrying the bearer token.")
@click.option("--token", default=None, help=TOKEN_HELP + " With it, the explorer's pages "
              "need it too.")
@friendly
def serve(store: Path, host: str, port: int, timeout: float, max_rows: int,
          max_request_bytes: int, max_url_bytes: int, max_query_chars: int, max_depth: int,
          max_client_requests: int, max_connections: int, idle_timeout: float,
          header_timeout: float, body_timeout: float, allow_service: tuple[str, ...],
          workers: int | None, allow_update: bool, token: str | None) -> None:
    """Serve the store as a SPARQL 1.1 endpoint: /query, /update, /store (read-only by default),
    and the explorer's pages for browsers at /.

    docs/security.md says what it refuses and why, and how to put it behind TLS.
    """
    from kg.endpoint.app import Limits
    from kg.endpoint.remote import token_from_env
    from kg.endpoint.server import Connections, ServeConfig, default_workers, make_server

    limits = Limits(timeout=timeout, max_rows=max_rows, max_request_bytes=max_request_bytes,
                    max_url_bytes=max_url_bytes, max_query_chars=max_query_chars,
                    max_depth=max_depth, max_client_requests=max_client_requests)
    connections = Connections(max_connections=max_connections, idle_timeout=idle_timeout,
                              header_timeout=header_timeout, body_timeout=body_timeout)
    config = ServeConfig(
        store=store, host=host, port=port, limits=limits, connections=connections,
        workers=workers or default_workers(), allow_update=allow_update,
        token=token_from_env(token), allow_service=allow_service,
    )
    server = make_server(config)
    mode = "read-write with bearer token" if allow_update else "read-only"
    click.echo(f"SPARQL endpoint {server.url}/query ({mode}, {config.workers} workers, "
               f"timeout {timeout:g} s); explorer {server.url}/; Ctrl-C stops it", err=True)
    try:
        server.run()
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


@click.command()
@click.argument("shards", required=False, metavar="[DIR]",
                type=click.Path(file_okay=False, path_type=Path))
@store_option
@click.option("--endpoint", required=True, help="Query URL of the remote store, e.g. "
              "http://127.0.0.1:7878/query.")
@click.option("--update-endpoint", default=None,
              help="Its update URL (default: the query URL with /query -> /update).")
@click.option("--token", default=None, help=TOKEN_HELP)
@click.option("--batch-size", default=50, show_default=True, type=int,
              help="Graphs per update request.")
@click.option("--no-ontology", is_flag=True, help="Leave the ontology graph out.")
@friendly
def push(shards: Path | None, store: Path, endpoint: str, update_endpoint: str | None,
         token: str | None, batch_size: int, no_ontology: bool) -> None:
    """Copy every article graph of the local store to a remote SPARQL store (idempotent).

    With DIR (the shards of kg build --shards DIR): load the shards into the store first,
    as kg load does (the store resolves their entities), then send the graphs they
    made, the derived graphs (copies, claim clusters) and the ontology to the remote
    store.
    """
    from kg.endpoint.remote import RemoteStore, token_from_env
    from kg.endpoint.remote import push as push_graphs
    from kg.store import GraphStore

    remote = RemoteStore(endpoint, update_endpoint=update_endpoint,
                         token=token_from_env(token), batch_size=batch_size)
    names = None
    if shards is not None:
        from kg.commands.shards import load_shards

        loaded = load_shards(shards, store)
        names = loaded.graphs
        click.echo(f"loaded {loaded.shards} shards into {store} ({loaded.skipped} loaded "
                   f"before; {loaded.build.stored} articles stored)", err=True)
    with GraphStore.open(store, create=False, read_only=True) as local:
        count = push_graphs(local, remote, include_ontology=not no_ontology, names=names)
    click.echo(f"pushed {count} graphs to {remote.update_endpoint} in {remote.requests} "
               f"requests", err=True)


COMMANDS = [serve, push]
