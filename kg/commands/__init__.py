"""Click commands kept out of kg/cli.py; kg.cli registers them with main.add_command."""
