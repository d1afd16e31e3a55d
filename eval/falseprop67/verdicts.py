"""draw_firings.tsv + a verdict on each firing: is the PROPOSES it removes false (right), true (wrong), or unclear (doubtful)?
ownpwc67's `entry` rows are right unless overridden here; the others were read here."""
import csv, sys, collections
V = {
 ('arXiv:2304.09820', 'Method:ssd'): ('doubtful', 'title: a framework with self-supervised distillation; its own SSD or a component'),
 ('arXiv:2406.08796', 'Dataset:meta-dataset'): ('doubtful', 'a generic meta-dataset named KORANI: neither PROPOSES nor USES of Meta-Dataset'),
 ('arXiv:2406.17987', 'Dataset:cora'): ('wrong', 'we describe Cora, a research assistant: its own coinage'),
 ('arXiv:2408.07975', 'Dataset:syn-2real'): ('wrong', 'we propose a Synthetic-to-Real (Syn2Real) pipeline'),
 ('arXiv:2605.31483', 'Dataset:gqa'): ('wrong', 'a task of its own framework, not the GQA data'),
 ('arXiv:2309.08613', 'Method:dhf'): ('right', 'DHF was utilized'),
 ('arXiv:2403.06485', 'Method:cola'): ('wrong', 'we propose COLA: its own coinage'),
 ('arXiv:2404.11262', 'Method:spl'): ('wrong', 'title names its own Sampling-based Pseudo-Likelihood'),
 ('arXiv:2405.10202', 'Method:hypergraph-self-attention'): ('wrong', 'a novel hypergraph self-attention layer is introduced'),
 ('arXiv:2505.05527', 'Method:spiking-neural-network'): ('right', 'a novel SNN training method: SNN is the kind used'),
 ('arXiv:2506.09897', 'Method:context-enhancement-module'): ('wrong', 'our Context Enhancement Module'),
 ('arXiv:2509.13487', 'Method:pct'): ('doubtful', 'PCT a quality score: PROPOSES false, USES false too'),
 ('arXiv:2602.13322', 'Dataset:psi'): ('wrong', 'we present the PolyShapes-Ideal (PSI) dataset'),
 ('arXiv:2202.02093', 'Method:temporal-attention'): ('wrong', 'title: the paper proposes temporal attention for LMs'),
 ('arXiv:2404.03605', 'Method:activation-regularization'): ('doubtful', 'title: with activation regularization; its own or the known technique'),
 ('arXiv:2606.07935', 'Dataset:mars'): ('right', 'MARS dataset introduced by REACT 2025, provided to participants'),
 ('arXiv:2307.05578', 'Method:dcl'): ('wrong', 'we propose a novel dual contrastive learning (DCL) framework'),
 ('arXiv:2606.20561', 'Benchmark:otb'): ('wrong', 'we introduce OpenTSUBench (OTB)'),
 ('arXiv:2312.06874', 'Method:sparse-transformer'): ('doubtful', 'title: Sparse Transformer with local and seasonal adaptation'),
 ('arXiv:2408.07388', 'Method:spiking-neural-network'): ('right', 'an SNN framework: SNN is the kind used'),
 ('arXiv:2504.01755', 'Method:spiking-neural-network'): ('right', 'the student is an SNN: used'),
 ('arXiv:2504.19256', 'Method:convolutional-vision-transformer'): ('doubtful', 'title: a multi-view convolutional-vision transformer approach'),
 ('arXiv:2506.09735', 'Method:ca'): ('right', 'encoders based on I3D with Coordinate Attention: used'),
 ('arXiv:2601.00553', 'Dataset:ms-cocoai'): ('wrong', 'We release MS COCOAI: its own dataset'),
 ('arXiv:2502.20552', 'Dataset:amr'): ('doubtful', 'AMR the formalism (HuAMR parser and dataset)'),
 ('arXiv:2508.04610', 'Method:spiking-neural-network'): ('right', 'presents an SNN architecture for intrusion detection: SNN the kind used'),
 ('arXiv:2510.27516', 'Method:bilinear-attention'): ('doubtful', 'bilinear attention as a part of its own design'),
 ('arXiv:2602.22759', 'Benchmark:imagenet-s'): ('wrong', 'we construct ImageNet-S, a benchmark: its own'),
 ('arXiv:2604.18134', 'Method:lime'): ('wrong', 'we introduce LIME, a dataset: its own coinage'),
}
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
w = csv.writer(open(sys.argv[2], 'w'), delimiter='\t')
w.writerow(list(rows[0].keys()) + ['verdict', 'why'])
c = collections.Counter()
for r in rows:
    v = V.get((r['paper'], r['node'])) or (('right', 'the public entry, used (ownpwc67: entry)') if r['ownpwc67'] == 'entry' else ('unread', ''))
    w.writerow(list(r.values()) + list(v)); c[v[0]] += 1
print(dict(c))
