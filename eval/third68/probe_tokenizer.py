"""third68: hfid68's FAMILY_ORGANISATION prefix on coordinated names. Run with PYTHONPATH at a kg tree:
4ad0a9a6 gives 'CIFAR-10/' (Dataset) and no CIFAR-100-LT; 75796280 (before hfid68) gives both."""
from kg.extract import build_pipeline, extract_papers
from kg.types import Record, Source

nlp = build_pipeline()
for s in ["We train on CIFAR-10/CIFAR-100-LT and report accuracy.",
          "Robustness is measured on CIFAR10/CIFAR100-C and ImageNet-C.",
          "We segment with SAM/SAM2-based pipelines on COCO.",
          "We evaluate Qwen/Qwen2.5-7B-Instruct on MMLU."]:
    [p] = extract_papers(nlp, [Record(title="A study", abstract=s, source=Source("t", 1))])
    print(s, sorted((m.text, m.label) for m in p.mentions))
