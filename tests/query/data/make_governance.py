#!/usr/bin/env python3
"""Writes governance.kg.json, the small graph the query tests run on (kg's
tests and the Kùzu differential suite alike), in kg's native format and in
canonical order, so a node's position in the file is its id(n) in kg."""
import json, pathlib, re

TYPES = ["Country", "Region", "Organization", "Initiative", "Event", "Person", "Year"]
RELATIONS = ["PROPOSED", "ISSUED", "ADOPTED", "SIGNED", "REJECTED", "MEMBER_OF", "COOPERATES_WITH",
             "SUPPORTS", "OPPOSES", "HOSTED", "PARTICIPATED_IN", "LEADS", "IN_YEAR"]

NODES = [  # type, name, aliases, attributes
    ("Country", "中国", ["我国", "China", "PRC", "中华人民共和国"], {"iso": "CN"}),
    ("Country", "美国", ["United States", "USA", "美方"], {"iso": "US"}),
    ("Country", "法国", ["France"], {"iso": "FR"}),
    ("Country", "德国", ["Germany"], {"iso": "DE"}),
    ("Country", "俄罗斯", ["Russia", "俄方"], {"iso": "RU"}),
    ("Country", "巴西", ["Brazil"], {"iso": "BR"}),
    ("Country", "印度", ["India"], {"iso": "IN"}),
    ("Country", "南非", ["South Africa"], {"iso": "ZA"}),
    ("Region", "亚太", ["Asia-Pacific"], {}),
    ("Organization", "欧盟", ["EU", "European Union", "欧洲联盟"], {}),
    ("Organization", "金砖国家", ["BRICS"], {}),
    ("Organization", "联合国", ["UN", "United Nations"], {}),
    ("Organization", "上海合作组织", ["SCO", "上合组织"], {}),
    ("Organization", "东盟", ["ASEAN"], {}),
    ("Initiative", "全球数据安全倡议", ["Global Data Security Initiative"], {}),
    ("Initiative", "全球人工智能治理倡议", ["Global AI Governance Initiative"], {}),
    ("Initiative", "网络犯罪公约", ["Budapest Convention", "Convention on Cybercrime"], {}),
    ("Initiative", "人工智能法案", ["AI Act"], {}),
    ("Initiative", "数字丝绸之路", ["Digital Silk Road"], {}),
    ("Initiative", "全球数字契约", ["Global Digital Compact"], {}),
    ("Event", "世界互联网大会", ["World Internet Conference", "WIC"], {}),
    ("Event", "人工智能安全峰会", ["AI Safety Summit"], {}),
    ("Person", "古特雷斯", ["António Guterres", "Guterres"], {}),
    ("Year", "2001", [], {}), ("Year", "2015", [], {}), ("Year", "2020", [], {}),
    ("Year", "2021", [], {}), ("Year", "2023", [], {}), ("Year", "2024", [], {}),
]

A, B, C = "corpus/a.txt", "corpus/b.txt", "corpus/c.txt"
EDGES = [  # source, relation, target, year, [(doc, line, sentence)]: statements, one kg edge per triple
    ("中国", "PROPOSED", "全球数据安全倡议", 2020, [(A, 3, "2020年9月，中国提出《全球数据安全倡议》。")]),
    ("中国", "PROPOSED", "全球数据安全倡议", 2021, [(B, 7, "我国在2021年再次提出全球数据安全倡议。")]),
    ("中国", "PROPOSED", "全球人工智能治理倡议", 2023, [(A, 9, "中国提出《全球人工智能治理倡议》。"),
                                                   (C, 2, "China proposed the Global AI Governance Initiative in 2023.")]),
    ("中国", "PROPOSED", "数字丝绸之路", 2015, [(A, 12, "中国提出建设数字丝绸之路。")]),
    ("中国", "MEMBER_OF", "金砖国家", None, []),
    ("中国", "MEMBER_OF", "联合国", None, []),
    ("中国", "MEMBER_OF", "上海合作组织", None, [(B, 1, "中国是上海合作组织成员国。")]),
    ("俄罗斯", "MEMBER_OF", "金砖国家", None, []),
    ("俄罗斯", "MEMBER_OF", "上海合作组织", None, []),
    ("俄罗斯", "MEMBER_OF", "联合国", None, []),
    ("巴西", "MEMBER_OF", "金砖国家", None, []),
    ("印度", "MEMBER_OF", "金砖国家", None, []),
    ("印度", "MEMBER_OF", "上海合作组织", None, []),
    ("南非", "MEMBER_OF", "金砖国家", None, []),
    ("法国", "MEMBER_OF", "欧盟", None, []),
    ("德国", "MEMBER_OF", "欧盟", None, []),
    ("法国", "MEMBER_OF", "联合国", None, []),
    ("美国", "MEMBER_OF", "联合国", None, []),
    ("欧盟", "PROPOSED", "人工智能法案", 2021, [(C, 5, "The EU proposed the AI Act in 2021.")]),
    ("欧盟", "ADOPTED", "人工智能法案", 2024, [(C, 6, "The EU adopted the AI Act in 2024.")]),
    ("联合国", "ADOPTED", "全球数字契约", 2024, [(C, 8, "The United Nations adopted the Global Digital Compact.")]),
    ("美国", "SIGNED", "网络犯罪公约", 2001, [(C, 11, "The United States signed the Convention on Cybercrime in 2001.")]),
    ("法国", "SIGNED", "网络犯罪公约", 2001, []),
    ("德国", "SIGNED", "网络犯罪公约", 2001, []),
    ("俄罗斯", "REJECTED", "网络犯罪公约", None, [(B, 4, "俄方拒绝加入《网络犯罪公约》。")]),
    ("中国", "COOPERATES_WITH", "俄罗斯", 2021, [(B, 10, "中俄在网络安全领域开展合作。")]),
    ("中国", "COOPERATES_WITH", "巴西", 2023, []),
    ("东盟", "COOPERATES_WITH", "欧盟", 2023, []),
    ("俄罗斯", "SUPPORTS", "全球数据安全倡议", 2021, []),
    ("上海合作组织", "SUPPORTS", "全球数据安全倡议", 2021, []),
    ("金砖国家", "SUPPORTS", "全球人工智能治理倡议", 2023, []),
    ("美国", "OPPOSES", "数字丝绸之路", 2020, []),
    ("中国", "HOSTED", "世界互联网大会", 2015, [(A, 15, "中国在乌镇主办世界互联网大会。")]),
    ("中国", "PARTICIPATED_IN", "人工智能安全峰会", 2023, []),
    ("美国", "PARTICIPATED_IN", "人工智能安全峰会", 2023, []),
    ("欧盟", "PARTICIPATED_IN", "人工智能安全峰会", 2023, []),
    ("古特雷斯", "LEADS", "联合国", None, []),
    ("全球数据安全倡议", "IN_YEAR", "2020", None, []),
    ("全球人工智能治理倡议", "IN_YEAR", "2023", None, []),
    ("人工智能法案", "IN_YEAR", "2024", None, []),
    ("全球数字契约", "IN_YEAR", "2024", None, []),
    ("网络犯罪公约", "IN_YEAR", "2001", None, []),
    ("数字丝绸之路", "IN_YEAR", "2015", None, []),
]

nodes = sorted(NODES, key=lambda n: (TYPES.index(n[0]), n[1].encode()))
rank = {n[1]: i for i, n in enumerate(nodes)}
assert len(rank) == len(nodes), "node names must be unique in this fixture"
# kg keeps one edge per (source, relation, target), with the years of its
# statements, and each evidence item with its statement's year.
merged = {}
for source, relation, target, year, evidence in EDGES:
    years, items = merged.setdefault((source, relation, target), (set(), []))
    if year is not None:
        years.add(year)
    items.extend((doc, line, text, year) for doc, line, text in evidence)
edges = sorted(((s, r, t, sorted(years), items) for (s, r, t), (years, items) in merged.items()),
               key=lambda e: (rank[e[0]], RELATIONS.index(e[1]), rank[e[2]]))
for source, relation, target, _, _ in edges:  # kg stores COOPERATES_WITH from the first node
    assert relation != "COOPERATES_WITH" or rank[source] < rank[target], (source, target)

mentions = {}
for source, _, target, _, evidence in EDGES:
    for doc, _, _ in evidence:
        for name in (source, target):
            mentions.setdefault(name, {}).setdefault(doc, 0)
            mentions[name][doc] += 1

graph = {
    "format": "kg-graph", "version": 2,
    "documents": [{"id": d, "bytes": 1000 + i, "sha1": f"{i:040x}"} for i, d in enumerate([A, B, C])],
    "nodes": [{"type": t, "name": n, "aliases": {a: "defined" for a in sorted(al)},
               "attributes": attrs, "mentions": dict(sorted(mentions.get(n, {}).items()))}
              for t, n, al, attrs in nodes],
    "edges": [dict({"source": rank[s], "target": rank[t], "relation": r},
                   **({"years": ys} if ys else {}),
                   evidence=[dict({"doc": d, "line": l, "offset": l * 100, "sentence": text,
                                   "rule": "fixture", "trigger": ""}, **({"year": y} if y is not None else {}))
                             for d, l, text, y in sorted(ev, key=lambda e: (e[0], e[1]))])
              for s, r, t, ys, ev in edges],
}
# kg writes an edge's years on one line: "years": [2020, 2021].
text = re.sub(r'"years": \[[^\]]*\]', lambda m: '"years": ' + json.dumps(json.loads(m.group(0)[9:])),
              json.dumps(graph, ensure_ascii=False, indent=1))
out = pathlib.Path(__file__).with_name("governance.kg.json")
out.write_text(text + "\n", encoding="utf-8")
