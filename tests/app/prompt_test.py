#!/usr/bin/env python3
"""kg query's interactive prompt, driven through a pseudo-terminal as a person
would drive it: arrow keys, Tab, Ctrl-C, :commands, Ctrl-D, and the history
file afterwards. Usage: prompt_test.py KG_BINARY GRAPH.kg.json

Every wait is for expected output, with a generous timeout: nothing here
depends on how fast the machine is."""
import fcntl
import os
import pty
import select
import struct
import sys
import tempfile
import termios
import time

TIMEOUT = 120  # seconds to wait for an expected piece of output


class Terminal:
    def __init__(self, argv, env):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            # Wide enough that no line wraps (the pty starts at 0x0, which
            # the line editor takes as 80 columns).
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 400, 0, 0))
            os.execve(argv[0], argv, env)
        self.seen = b""  # everything the program wrote
        self.mark = 0  # expect() looks from here on

    def send(self, text):
        os.write(self.fd, text.encode() if isinstance(text, str) else text)

    def read_some(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # EIO: the program has ended
            return None
        if not data:
            return None
        self.seen += data
        return True

    def expect(self, text, what):
        """Waits until `text` appears after the mark; moves the mark past it."""
        wanted = text.encode() if isinstance(text, str) else text
        waited = 0
        while True:
            found = self.seen.find(wanted, self.mark)
            if found >= 0:
                self.mark = found + len(wanted)
                return
            status = self.read_some(1)
            if status is None or waited > TIMEOUT:
                fail(what + ": never saw " + repr(text))
            if status is False:
                waited += 1

    def editing(self):
        """True while the line editor has the terminal (raw: no ICANON).
        On Linux the master reports the slave's modes."""
        return not termios.tcgetattr(self.fd)[3] & termios.ICANON

    def wait_mode(self, editing, what):
        """Waits (reading output meanwhile) until the line editor has the
        terminal, or has handed it back: keys typed before the editor puts
        the terminal in raw mode would be echoed and read as a plain line."""
        deadline = time.monotonic() + TIMEOUT
        while self.editing() != editing:
            if time.monotonic() > deadline:
                fail(what + ": the terminal never went " + ("raw" if editing else "back to cooked"))
            if self.read_some(0.01) is None:
                fail(what + ": the program ended")

    def prompt(self, what):
        """Waits for the prompt and for the editor to be reading keys."""
        self.expect("kg> ", what)
        self.wait_mode(True, what)

    def since_mark(self):
        return self.seen[self.mark:]

    def wait_exit(self):
        while self.read_some(1) is not None:
            pass
        _, status = os.waitpid(self.pid, 0)
        return os.waitstatus_to_exitcode(status)

    def transcript(self):
        return self.seen.decode("utf-8", "replace")


terminal = None


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    if terminal is not None:
        print("--- what the terminal showed ---\n" + terminal.transcript(), file=sys.stderr)
    sys.exit(1)


def main():
    global terminal
    kg, graph = sys.argv[1], sys.argv[2]
    scratch = tempfile.mkdtemp(prefix="kg_prompt_test_")
    history = os.path.join(scratch, "history")
    with open(history, "w", encoding="utf-8") as f:
        f.write("MATCH (n:Country) RETURN count(*) AS earlier;\n")  # from an earlier session
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": scratch, "TERM": "xterm",
           "LANG": "C.UTF-8", "KG_HISTORY": history}
    terminal = Terminal([kg, "query", graph], env)
    terminal.prompt("the prompt")

    # A query, then the up arrow brings it back and Enter runs it again.
    terminal.send("MATCH (n:Country) WHERE n.iso = 'RU' RETURN n.name AS found;\r")
    terminal.expect("俄罗斯", "the first query's result")
    terminal.prompt("the prompt after the query")
    terminal.send("\x1b[A")
    terminal.expect("RETURN n.name AS found;", "the up arrow recalling the query")
    terminal.send("\r")
    terminal.expect("俄罗斯", "the recalled query's result")
    terminal.prompt("the prompt after the recalled query")
    if b"^[[A" in terminal.seen:
        fail("the up arrow was printed as ^[[A rather than read as a key")

    # The history of the earlier session is there too: two ups past this one.
    terminal.send("\x1b[A\x1b[A\x1b[A\r")
    terminal.expect("earlier", "the earlier session's query from the history file")
    terminal.prompt("the prompt after the earlier session's query")

    # Ctrl-C in the middle of a line drops the line; the prompt stays.
    terminal.send("MATCH (n) RETURN nonsense")
    terminal.expect("nonsense", "the half-typed line")
    terminal.send("\x03")
    terminal.prompt("a new prompt after Ctrl-C on a line")
    # Keys and Ctrl-C in one burst, as from a paste: the Ctrl-C comes while
    # the editor is still busy with the keys, and must not be lost.
    terminal.send("MATCH (n) RETURN nonsense" * 20 + "\x03")
    terminal.prompt("a new prompt after keys and Ctrl-C in one burst")
    terminal.send("MATCH (n:Country) WHERE n.iso = 'ZA' RETURN n.name AS after_interrupt;\r")
    terminal.expect("南非", "a query after Ctrl-C")
    terminal.prompt("the prompt after that query")
    if b"nonsense" in terminal.since_mark():
        fail("the cancelled line was kept")

    # Tab completes a label.
    # (libedit may move the cursor back and write just the rest: Coun, try.)
    terminal.send("MATCH (n:Coun\t")
    terminal.expect("Coun", "the typed start of the label")
    terminal.expect("try", "Tab completing Coun to Country")
    # :format csv and a parameter set with :param, then used in a query.
    terminal.send("\x03")
    terminal.prompt("the prompt after dropping the completed line")
    terminal.send(":format csv\r")
    terminal.expect("format csv", ":format csv")
    terminal.prompt("the prompt after :format")
    terminal.send(":param who => '中国'\r")
    terminal.prompt("the prompt after :param")
    terminal.send("MATCH (n:Coun\t")
    terminal.expect("Coun", "the typed start of the label again")
    terminal.expect("try", "Tab completing again")
    terminal.send(") WHERE n.name = $who RETURN n.iso AS iso;\r")
    terminal.expect("iso\r\r\nCN\r\r\n", "the query with $who, printed as CSV (CRLF, and the terminal adds a CR)")
    terminal.prompt("the prompt after the parameter query")

    # An unknown parameter is an error at its place; the prompt stays.
    terminal.send("MATCH (n) WHERE n.name = $nobody RETURN n;\r")
    terminal.expect("unknown parameter $nobody", "the unknown parameter's error")
    terminal.prompt("the prompt after an error")

    # Ctrl-C while a query runs cancels the query and keeps the prompt. The
    # query looks at up to 100 million steps; the terminal back in cooked
    # mode says the editor has handed the line over to run.
    long_query = "MATCH (a)-[*..10]-(b), (c)-[*..10]-(d), (e)-[*..10]-(f) RETURN count(*) AS many;"
    terminal.send(long_query + "\r")
    terminal.wait_mode(False, "the long query's line read")
    terminal.send("\x03")
    terminal.expect("query cancelled", "the running query cancelled by Ctrl-C")
    terminal.prompt("the prompt after cancelling a query")

    # Ctrl-D leaves; the history file holds this session's queries after the earlier one.
    terminal.send("\x04")
    code = terminal.wait_exit()
    if code != 0:
        fail("kg query exited with %d after Ctrl-D" % code)
    with open(history, encoding="utf-8") as f:
        lines = f.read().splitlines()
    expected = [
        "MATCH (n:Country) RETURN count(*) AS earlier;",
        "MATCH (n:Country) WHERE n.iso = 'RU' RETURN n.name AS found;",
        "MATCH (n:Country) WHERE n.iso = 'RU' RETURN n.name AS found;",
        "MATCH (n:Country) RETURN count(*) AS earlier;",
        "MATCH (n:Country) WHERE n.iso = 'ZA' RETURN n.name AS after_interrupt;",
        "MATCH (n:Country) WHERE n.name = $who RETURN n.iso AS iso;",
        "MATCH (n) WHERE n.name = $nobody RETURN n;",
        long_query,
    ]
    if lines != expected:
        fail("the history file holds %r, expected %r" % (lines, expected))
    print("prompt_test: ok")


if __name__ == "__main__":
    main()
