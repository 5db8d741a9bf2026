"""``bilan serve`` and ``bilan token create|list|revoke`` (registered through ``PLUGIN_MODULES``)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

DB_OPTION = typer.Option("bilan.duckdb", "--db", help="DuckDB store file.")
err = Console(stderr=True)


def register(app: typer.Typer) -> None:
    token_app = typer.Typer(no_args_is_help=True, help="Review tokens: edits through the API need one.")
    app.add_typer(token_app, name="token")

    @app.command()
    def serve(
        db: Path = DB_OPTION,
        host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default)."),
        port: int = typer.Option(8765, help="Port."),
        public_reads: bool = typer.Option(True, "--public-reads/--token-reads",
                                          help="Reads open to anyone (default), or token-protected like edits "
                                               "(also: env BILAN_READ_TOKEN_REQUIRED=1)."),
    ) -> None:
        """Serve the review page and the HTTP API (OpenAPI at /docs and /openapi.json)."""
        import uvicorn

        from bilan.cli import open_store
        from bilan.web.app import create_app

        open_store(db).close()  # a clean one-line error when the store is locked or foreign
        api = create_app(db, public_reads=public_reads)
        err.print(f"bilan serving {db} on http://{host}:{port}/ "
                  f"(reads {'public' if api.state.public_reads else 'need a token'}; edits need a token)")
        uvicorn.run(api, host=host, port=port, log_level="info")

    @token_app.command("create")
    def token_create(name: str = typer.Option(..., "--name", help="Who reviews with this token."),
                     db: Path = DB_OPTION) -> None:
        """Create a token and print it once (only its sha256 is stored)."""
        from bilan.cli import open_store
        from bilan.review import create_token

        with open_store(db) as store:
            token_id, secret = create_token(store.con, name)
        err.print(f"token {token_id} for {name!r} (shown once, keep it secret):")
        print(secret)

    @token_app.command("list")
    def token_list(db: Path = DB_OPTION) -> None:
        """Tokens: id, name, created, revoked (never the secret)."""
        from bilan.cli import open_store
        from bilan.review import has_review_tables, list_tokens

        with open_store(db, read_only=True) as store:
            tokens = list_tokens(store.con) if has_review_tables(store.con) else []
        table = Table(title="bilan tokens")
        for col in ("id", "name", "created (UTC)", "revoked (UTC)"):
            table.add_column(col)
        for t in tokens:
            table.add_row(t.token_id, t.name, f"{t.created_at:%Y-%m-%d %H:%M:%S}",
                          f"{t.revoked_at:%Y-%m-%d %H:%M:%S}" if t.revoked_at else "")
        Console().print(table)

    @token_app.command("revoke")
    def token_revoke(token: str = typer.Argument(..., help="A token id, or a name (revokes all its tokens)."),
                     db: Path = DB_OPTION) -> None:
        """Revoke a token (by id) or all tokens of a name. Exit 1 if none matched."""
        from bilan.cli import open_store
        from bilan.review import revoke_token

        with open_store(db) as store:
            n = revoke_token(store.con, token)
        err.print(f"revoked {n} token(s)")
        raise typer.Exit(0 if n else 1)
