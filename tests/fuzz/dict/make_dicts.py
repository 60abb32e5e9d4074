#!/usr/bin/env python3
"""Writes the libFuzzer dictionaries of tests/fuzz/ (one per target, NAME.dict).

The words come from where kg defines them, so the dictionaries follow the
code and the rules: node and relation types from graph/types.cpp, Cypher
keywords, functions and properties from query/, the native file's keys from
graph/native_file.cpp, rule-pack keys from extract/rule_pack.cpp, and trigger
words, suffixes and markers from extract/rules/*.json. Fixed tokens (JSON and
Cypher syntax, punctuation, markup, odd bytes) are listed here.

  make_dicts.py            rewrite tests/fuzz/dict/*.dict
  make_dicts.py --check    exit 1 if any of them differs from what it would write
  make_dicts.py --out DIR  write them to DIR instead

libFuzzer reads only printable ASCII between the quotes (other bytes as \\xNN)
and drops entries longer than 64 bytes, so non-ASCII words are escaped with
the word itself in a comment, and longer ones are left out.
"""

import argparse
import glob
import json
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
DICT_DIR = os.path.join(ROOT, "tests", "fuzz", "dict")
MAX_ENTRY_BYTES = 64  # libFuzzer's Word::kMaxSize


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


def strip_json_comments(text):
    """The rule files are JSON with // and /* */ comments (RapidJSON reads them)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i : j + 1])
            i = j + 1
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
        else:
            out.append(c)
            i += 1
    # Trailing commas, which RapidJSON also accepts on request.
    return re.sub(r",(\s*[\]}])", r"\1", "".join(out))


def rule_files():
    paths = sorted(glob.glob(os.path.join(ROOT, "extract", "rules", "*.json")))
    paths += sorted(glob.glob(os.path.join(ROOT, "extract", "rules", "gazetteer", "*.json")))
    return {os.path.relpath(p, ROOT): json.loads(strip_json_comments(read(p))) for p in paths}


def strings_under(value, keys):
    """Every string in a list under one of `keys`, anywhere in `value`."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key in keys:
                if isinstance(item, list):
                    found += [s for s in item if isinstance(s, str)]
                elif isinstance(item, str):
                    found += [item]
            found += strings_under(item, keys)
    elif isinstance(value, list):
        for item in value:
            found += strings_under(item, keys)
    return found


def escape(word):
    data = word.encode("utf-8")
    text = "".join(chr(b) if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) else "\\x%02X" % b for b in data)
    return text


def section(title, words, comment_words=True):
    """`words` as dictionary lines, in the order given, without repeats."""
    lines, seen = ["", "# " + title], set()
    for word in words:
        if not word or word in seen or len(word.encode("utf-8")) > MAX_ENTRY_BYTES:
            continue
        seen.add(word)
        # libFuzzer takes a line that starts with '#' as a comment, and
        # nothing else after an entry: the word shown goes on a line before.
        shown = word.encode("unicode_escape").decode("ascii") if not word.isprintable() else word
        if (comment_words and not word.isascii()) or not word.isprintable():
            lines.append("# " + shown)
        lines.append('"%s"' % escape(word))
    return lines


def dictionary(description, sections):
    lines = ["# libFuzzer dictionary: " + description, "# Written by tests/fuzz/dict/make_dicts.py; edit that, not this."]
    seen = set()
    for title, words in sections:
        fresh = [w for w in words if w not in seen]
        seen.update(fresh)
        lines += section(title, fresh)
    return "\n".join(lines) + "\n"


# --- words from the code -------------------------------------------------------


def node_and_relation_types():
    text = read("graph/types.cpp")
    names = re.findall(r'return "([A-Za-z_]+)";', text)
    nodes = [n for n in names if not n.isupper()]
    relations = [n for n in names if n.isupper()]
    return nodes, relations


def string_array(text, name):
    match = re.search(name + r"\s*=\s*\{(.*?)\};", text, re.S)
    return re.findall(r'"([^"]*)"', match.group(1)) if match else []


def query_words():
    # The parser and the checker are split over several files: read them all.
    parser = "".join(read(path) for path in ("query/parser_impl.h", "query/parser.cpp", "query/parser_expressions.cpp"))
    checker = "".join(read(path) for path in ("query/checker_impl.h", "query/checker.cpp", "query/checker_expressions.cpp"))
    checker_h = read("query/checker.h")
    keywords = string_array(parser, "kReserved") + string_array(parser, "kUnsupported")
    keywords += string_array(parser, "kWrites") + string_array(parser, "kExpressionKeywords")
    keywords += re.findall(r'keyword_equals\([^,]+, "([A-Za-z]+)"\)', parser)
    functions = re.findall(r'\{"([A-Za-z]+)", Function::', checker)
    # Scalar functions may have a table of their own: {"name", min arity, ...}.
    if os.path.exists(os.path.join(ROOT, "query", "functions.cpp")):
        functions += re.findall(r'\{"([A-Za-z]+)",\s*\d', read("query/functions.cpp"))
    properties = re.findall(r'"([a-z_]+)"', "".join(re.findall(r"kNodeProperties\[\] = \{[^}]*\}|kRelationshipProperties\[\] = \{[^}]*\}", checker_h)))
    return keywords, functions, properties


def fixture_names():
    graph = json.loads(read("tests/query/data/governance.kg.json"))
    names = [node["name"] for node in graph["nodes"]]
    attributes = sorted({key for node in graph["nodes"] for key in node.get("attributes", {})})
    return names, attributes


def native_keys():
    text = read("graph/native_file.cpp")
    keys = re.findall(r'Key\("([a-z_]+)"\)', text)
    keys += re.findall(r'(?:member|FindMember)\([^"]*"([a-z_]+)"', text)
    keys += re.findall(r'endpoint\("([a-z_]+)"\)', text)
    keys += re.findall(r'kNativeFormatName = "([^"]+)"', read("graph/native_file.h"))
    return keys


def rule_pack_keys():
    text = read("extract/rule_pack.cpp")
    return re.findall(r'"([a-z][a-z_]*)"', text)


def rule_values(rules, *keys):
    words = []
    for data in rules.values():
        words += strings_under(data, set(keys))
    return words


# --- the dictionaries ----------------------------------------------------------

JSON_TOKENS = ["{", "}", "[", "]", ":", ",", '""', '":"', '":', '",', '","', '["', '"]', '{"', '"}',
               "true", "false", "null", "0", "-1", "1e308", "1e-400", "18446744073709551616",
               "0.5", "\\u0000", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\\"", "\\\\", "\\/",
               "\\n", "\\t", "//", "/*", "*/"]

UNICODE_ODDITIES = ["\x00", "\x1f", "\x7f", "\r\n", "\t", "\u00a0", "\u200b", "\u2028", "\u3000",
                    "\ufeff", "\ufffd", "\U0001f600", "\u00e9", "e\u0301", "\uff08", "\uff09",
                    "\uff0c", "\uff1a"]


def query_dict():
    keywords, functions, properties = query_words()
    nodes, relations = node_and_relation_types()
    names, attributes = fixture_names()
    syntax = ["MATCH (", ")-[", "]->(", "]-(", ")<-[", "-->", "<--", "--", "->", "<-", "(", ")", "[", "]",
              "{", "}", ":", ";", ",", ".", "..", "*", "*..", "*1..3", "|", "=", "<>", "!=", "<", "<=", ">",
              ">=", "+", "-", "=~", "(n)", "(a)-[r]->(b)", "p = ", "n.name", "r.year", "'", '"', "`", "\\'",
              "\\u4e2d", "//", "/*", "*/", "0", "-1", "1.5", "1e3", "9223372036854775807",
              "9223372036854775808", "count(*)", "ORDER BY ", " DESC", " LIMIT 1", " SKIP 1",
              "RETURN ", "WHERE ", "STARTS WITH", "ENDS WITH", "IS NOT NULL",
              # Query II: clauses and expressions (the keywords themselves come from the parser).
              " WITH ", "WITH *", " AS ", "OPTIONAL MATCH ", "UNWIND ", " UNION ", " UNION ALL ", "RETURN *",
              "EXISTS { MATCH ", "EXISTS { ", " }", "WHERE NOT (a)-->()", "(a)-[:SIGNED]->()", "CASE ",
              " WHEN ", " THEN ", " ELSE ", " END", "CASE WHEN ", "[x IN ", " | ", "x IN [1, 2, 3]",
              "any(x IN ", "all(x IN ", "none(x IN ", "single(x IN ", "n:Country", "n:Event|Person", "^", "%",
              "/", "[0]", "[-1]", "[1..2]", "[..2]", "[1..]", "{a: 1}", "{a: 1}.a", "'(?i).*'", "+ ''",
              "range(1, 3)", "sum(", "avg(", "size(", "DISTINCT "]
    # The parameters query_fuzz.cpp sets, and the shapes of a parameter.
    parameters = ["$", "$who", "$n", "$years", "$s", "$nothing", "$`who`", "$0", " LIMIT $n", " SKIP $n",
                  "{name: $who}", "IN $years"]
    return dictionary(
        "query_fuzz (kg's Cypher subset, run on tests/query/data/governance.kg.json).",
        [("keywords (query/parser.cpp)", keywords),
         ("functions (query/checker.cpp)", functions),
         ("properties (query/checker.h) and the fixture's attributes", properties + attributes + ["iso"]),
         ("node labels and relation types (graph/types.cpp)", nodes + relations),
         ("operators and syntax", syntax),
         ("parameters (query_fuzz.cpp sets $who, $n, $years, $s and $nothing)", parameters),
         ("names in the fixture graph", names)])


def native_dict():
    nodes, relations = node_and_relation_types()
    return dictionary(
        "native_fuzz (kg's graph file, graph/native_file.cpp).",
        [("keys and format name (graph/native_file.cpp)", native_keys()),
         ("node and relation types (graph/types.cpp)", nodes + relations),
         ("versions and origins", ["1", "2", "3", "text", "cldr", "rules", "defined", "iso", "2023",
                                   "da39a3ee5e6b4b0d3255bfef95601890afd80709"]),
         ("JSON", JSON_TOKENS),
         ("text", UNICODE_ODDITIES + ["\u4e2d\u56fd", "\u300a", "\u300b"])])


def rules_dict():
    rules = rule_files()
    nodes, relations = node_and_relation_types()
    frames = re.findall(r'\{"([a-z_]+)", Frame::', read("extract/rule_pack.cpp"))
    some_words = rule_values(rules, "triggers")[:40] + rule_values(rules, "organization_suffixes")[:10]
    return dictionary(
        "rules_fuzz (a rules file, extract/rule_pack.cpp and extract/rules/*.json).",
        [("keys (extract/rule_pack.cpp)", rule_pack_keys()),
         ("frames", frames),
         ("node and relation types (graph/types.cpp)", nodes + relations),
         ("JSON", JSON_TOKENS),
         ("words from extract/rules", some_words),
         ("text", UNICODE_ODDITIES)])


PUNCTUATION = ["\u3002", "\uff0c", "\u3001", "\uff1b", "\uff1a", "\uff01", "\uff1f", "\u300a", "\u300b",
               "\u300c", "\u300d", "\u300e", "\u300f", "\u201c", "\u201d", "\u2018", "\u2019", "\uff08",
               "\uff09", "\u2014", "\u2014\u2014", "\u2026", "\u2026\u2026", "\u00b7", "\u3010", "\u3011",
               "\u3008", "\u3009", "\uff0e", "\u2022", "\n", "\r\n", "\n\n", " ", "\u3000", "\t"]

DATES = ["2023\u5e74", "2020\u5e74", "2024\u5e74", "1999\u5e74", "2023\u5e748\u6708", "9\u6708",
         "26\u65e5", "\u5e74", "\u6708", "\u65e5", "\u7b2c\u4e8c\u5c4a", "\u9996\u5c4a", "\u7b2c74/247\u53f7",
         "\u4e8c\u3007\u4e8c\u4e09\u5e74", "\uff12\uff10\uff12\uff13\u5e74"]


def extract_dict():
    rules = rule_files()
    return dictionary(
        "extract_fuzz (Chinese text through the default rules, extract/rules/*.json).",
        [("punctuation", PUNCTUATION),
         ("dates", DATES),
         ("relation triggers", rule_values(rules, "triggers")),
         ("entity suffixes", rule_values(rules, "initiative_suffixes", "organization_suffixes",
                                         "anchored_organization_suffixes", "event_suffixes",
                                         "title_document_suffixes", "government_suffixes")),
         ("titles", rule_values(rules, "person_titles")),
         ("markers", rule_values(rules, "passive_markers", "partner_markers", "negations", "refusals", "modal",
                                 "coordinators", "list_ends", "venue_openers", "determiners", "roster_openers",
                                 "name_joiners", "dateline_ends")),
         ("references", rule_values(rules, "words")),
         ("a few names", ["\u4e2d\u56fd", "\u7f8e\u56fd", "\u4fc4\u7f57\u65af", "\u6b27\u76df",
                          "\u8054\u5408\u56fd", "\u91d1\u7816\u56fd\u5bb6", "\u4e1c\u76df",
                          "\u4e2d\u7f8e", "\u534e", "\u4e60\u8fd1\u5e73"]),
         ("text", UNICODE_ODDITIES + ["<p>", "</p>", "&nbsp;", "&#x4e2d;"])])


def export_dict():
    nodes, relations = node_and_relation_types()
    return dictionary(
        "export_fuzz (text in node names, aliases and evidence, as the writers of export/ meet it).",
        [("markup and quoting", ["<", ">", "&", "&amp;", "&#0;", "&#xFFFE;", "]]>", "<![CDATA[", "<!--", "-->",
                                 "'", '"', "\\", "\\N", "\\n", "\\\\", "{", "}", "->", "--", ";", "=", "\"\"",
                                 ",", "|", ":", "digraph", "node", "edge", "id", "label", "iso", "\x00",
                                 "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\r", "\n", "\r\n",
                                 "\t", " ", "  "]),
         ("UTF-8 edge cases", UNICODE_ODDITIES + ["\ufffe", "\uffff", "\U0010ffff", "\u0085", "\u00ad",
                                                  "\u202e", "\u4e2d\u56fd", "\u300a\u5021\u8bae\u300b"]),
         ("node and relation types", nodes + relations)]) + RAW_BYTES


# Byte strings that are not UTF-8, as \x escapes (a str cannot hold them).
RAW_BYTES = "".join('# %s\n"%s"\n' % (why, raw) for why, raw in [
    ("a stray continuation byte", "\\x80"),
    ("overlong NUL", "\\xC0\\x80"),
    ("a truncated 3-byte sequence", "\\xE4\\xB8"),
    ("a surrogate", "\\xED\\xA0\\x80"),
    ("above U+10FFFF", "\\xF4\\x90\\x80\\x80"),
    ("never in UTF-8", "\\xFF"),
])

DICTIONARIES = {
    "query": query_dict,
    "native": native_dict,
    "rules": rules_dict,
    "extract": extract_dict,
    "export": export_dict,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if a dictionary is out of date")
    parser.add_argument("--out", default=DICT_DIR, help="directory to write to")
    args = parser.parse_args()
    stale = []
    for name, make in DICTIONARIES.items():
        text = make()
        path = os.path.join(args.out, name + ".dict")
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old == text:
            continue
        if args.check:
            stale.append(path)
        else:
            os.makedirs(args.out, exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print("wrote", os.path.relpath(path, ROOT))
    if stale:
        print("out of date (run tests/fuzz/dict/make_dicts.py):", *stale, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
