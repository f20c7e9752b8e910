"""The kill harness (issue "Trust", item 1): the command line SIGKILLed at random moments during import,
solve write-back, export and send, then the campaign file checked (opens, integrity, before or after).

`killing.py` runs it (`python -m tests.harness.killing --runs 200`), `states.py` says what a campaign's
state is and which states are legal after each operation, `forkserver.py` starts commands quickly.
"""
