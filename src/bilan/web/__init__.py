"""The review web layer: the HTTP API (``bilan.web.app.create_app``) and the static page it serves."""
