#!/usr/bin/env python3
"""Every example kg shows must run: `kg --help`, every command's `--help`,
each command line under a help text's "Examples:", and every `kg …` line of
query/README.md's code blocks and tables, with every Cypher query of its
tables run by `kg query`. Each must exit 0 with no "error" on stderr, so a
broken example fails this test.

  examples_test.py KG_BINARY REPO_ROOT

The examples run in a scratch directory, from the names they use: samples/
(a copy of the repository's), samples.kg.json (built from it), g.kg.json
(tests/query/data/governance.kg.json, whose names the query examples use),
news/, corpus/, shard-*.jsonl, 2024.kg.json, 2025.kg.json and
question.cypher; kg is first on PATH, for examples that pipe into it.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

# A Cypher query in a README table cell starts with one of these and has a
# RETURN (a fragment such as `WITH a, count(*) AS n` is not run).
QUERY_START = re.compile(r"^(MATCH|OPTIONAL MATCH|UNWIND|WITH|RETURN|CALL)\b", re.IGNORECASE)
# A command line of kg, not a message of it ("kg query: 1:26: …").
COMMAND = re.compile(r"^kg [a-z-]")
MESSAGE = re.compile(r"^kg [a-z]+: ")


def help_examples(text):
    """The command lines under "Examples:", continuation lines joined."""
    lines, inside = [], False
    for line in text.splitlines():
        if line.strip() == "Examples:":
            inside = True
            continue
        if inside and not line.strip():
            inside = False
        if not inside:
            continue
        if lines and lines[-1].endswith("\\"):
            lines[-1] = lines[-1][:-1].rstrip() + " " + line.strip()
        elif line.strip().startswith("kg ") or line.strip().startswith("find "):
            lines.append(line.strip())
    return lines


def readme_examples(text):
    """(kind, text): 'command' lines of code blocks and table cells, 'query' cells of tables."""
    found, fenced = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            if COMMAND.match(line) and not MESSAGE.match(line):
                found.append(("command", line.strip()))
        elif line.startswith("|"):
            for code in re.findall(r"`([^`]+)`", line):
                code = code.replace("\\|", "|")  # a pipe escaped for the table
                if COMMAND.match(code) and not MESSAGE.match(code) and " " in code[3:]:
                    found.append(("command", code))
                elif QUERY_START.match(code) and re.search(r"\bRETURN\b", code, re.IGNORECASE) and len(code) > 20:
                    found.append(("query", code))
    return found


def runnable(command):
    """The example as a shell line: trailing notes in parentheses dropped."""
    return re.sub(r"\s{2,}\([^)]*\)\s*$", "", command)


def setup(work, kg, repo):
    shutil.copytree(os.path.join(repo, "samples"), os.path.join(work, "samples"))
    shutil.copy(os.path.join(repo, "tests/query/data/governance.kg.json"), os.path.join(work, "g.kg.json"))
    for directory in ("news/2025", "corpus/a"):
        os.makedirs(os.path.join(work, directory))
    for name in sorted(os.listdir(os.path.join(work, "samples"))):
        shutil.copy(os.path.join(work, "samples", name), os.path.join(work, "news/2025", name))
        shutil.copy(os.path.join(work, "samples", name), os.path.join(work, "corpus/a", name))
    shutil.copy(os.path.join(work, "samples", sorted(os.listdir(os.path.join(work, "samples")))[0]),
                os.path.join(work, "news/2025/withdrawn.txt"))
    steps = [
        [kg, "build", "samples/", "-o", "samples.kg.json"],
        [kg, "build", "news/", "-o", "news.kg.json"],
        [kg, "build", "samples/", "-o", "2024.kg.json"],
        [kg, "build", "news/", "-o", "2025.kg.json"],
    ]
    for step in steps:
        subprocess.run(step, cwd=work, check=True, capture_output=True)
    with open(os.path.join(work, "shard-1.jsonl"), "wb") as out:
        subprocess.run([kg, "extract", "samples/"], cwd=work, check=True, stdout=out)
    with open(os.path.join(work, "question.cypher"), "w", encoding="utf-8") as out:
        out.write("MATCH (c:Country)-[:MEMBER_OF]->(o) RETURN c.name, o.name\n")


def run(work, env, line, failures):
    done = subprocess.run(["bash", "-o", "pipefail", "-c", runnable(line)], cwd=work, env=env,
                          input="MATCH (n) RETURN count(*)\n", capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or "error" in done.stderr.lower():
        failures.append(f"{line}\n    exit {done.returncode}: {done.stderr.strip()[:600]}")
        print(f"not ok  {line}")
    else:
        print(f"ok      {line}")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: examples_test.py KG_BINARY REPO_ROOT")
    kg, repo = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    failures, count = [], 0
    with tempfile.TemporaryDirectory(prefix="kg-examples-") as work:
        setup(work, kg, repo)
        env = dict(os.environ, PATH=os.path.dirname(kg) + os.pathsep + os.environ.get("PATH", ""),
                   KG_HISTORY=os.path.join(work, "history"))

        main_help = subprocess.run([kg, "--help"], capture_output=True, text=True)
        if main_help.returncode != 0 or "error" in main_help.stderr.lower():
            failures.append(f"kg --help exits {main_help.returncode}: {main_help.stderr}")
        commands = re.findall(r"^  ([a-z]+) ", main_help.stdout.split("Commands:", 1)[-1], re.MULTILINE)
        if len(commands) < 5:
            failures.append(f"kg --help lists too few commands: {commands}")
        examples = help_examples(main_help.stdout)
        for command in commands:
            shown = subprocess.run([kg, command, "--help"], capture_output=True, text=True)
            count += 1
            if shown.returncode != 0 or "error" in shown.stderr.lower() or "Usage:" not in shown.stdout:
                failures.append(f"kg {command} --help exits {shown.returncode}: {shown.stderr.strip()}")
            found = help_examples(shown.stdout)
            if not found:
                failures.append(f"kg {command} --help shows no examples")
            examples += found
        # Examples that change news.kg.json run in the order the help gives
        # them, as a reader would.
        for line in examples:
            count += 1
            run(work, env, line, failures)

        with open(os.path.join(repo, "query/README.md"), encoding="utf-8") as f:
            for kind, text in readme_examples(f.read()):
                count += 1
                if kind == "command":
                    run(work, env, text.replace("GRAPH", "g.kg.json"), failures)
                else:
                    quoted = "'" + text.replace("'", "'\\''") + "'"
                    run(work, env, f"kg query g.kg.json {quoted}", failures)
    print(f"{count} examples, {len(failures)} failed")
    for failure in failures:
        print(f"FAILED: {failure}", file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
