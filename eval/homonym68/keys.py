"""homonym68: every mention's node key under the kg.link on PYTHONPATH (pass 1 of linking, as Linker.build does),
one line per paper and mention; diff two runs to list the papers a linking change moves.
Usage: PYTHONPATH=WT python keys.py EXTRACTIONS.jsonl.gz... > keys.txt"""
import sys
from kg import pwc
from stored import read_papers
from kg.extract.data_files import data_dir_or_default
from kg.graph import KnowledgeGraph
from kg.link import NameStats, name_nodes, gazetteer_labels, one_node_per_respelled_name

papers = read_papers(sys.argv[1:])
stats = NameStats()
for p in papers:
    stats.add(p)
naming = name_nodes(stats, KnowledgeGraph(), pwc.load_catalogue(), gazetteer_labels(data_dir_or_default(None)))
for p in sorted(papers, key=lambda p: p.key):
    p2 = naming.settle(p)
    for m, k in zip(p2.mentions, one_node_per_respelled_name(p2, naming.mention_keys(p2))):
        print(f"{p.key}\t{m.text}\t{k}")
