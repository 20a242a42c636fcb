from heron.cli import app

app(prog_name="heron")
