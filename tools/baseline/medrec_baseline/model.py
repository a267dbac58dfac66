"""A compact character CNN: embeddings, three convolution widths, max pooling over the non-padding positions."""
import torch
from torch import nn

from .tokenizer import PAD_ID


class CharCnn(nn.Module):
    """heads: ordered (name, size) pairs; forward returns one logit tensor per head, in that order."""

    def __init__(self, vocab_size, heads, embedding_dim=64, channels=128, kernels=(3, 5, 7), hidden=256,
                 dropout=0.3):
        super().__init__()
        self.head_names = [name for name, _ in heads]
        self.embedding = nn.Embedding(vocab_size, embedding_dim, padding_idx=PAD_ID)
        # Odd widths with padding k // 2 keep the sequence length, so the padding mask lines up.
        self.convs = nn.ModuleList(nn.Conv1d(embedding_dim, channels, k, padding=k // 2) for k in kernels)
        self.hidden = nn.Sequential(nn.Dropout(dropout), nn.Linear(channels * len(kernels), hidden), nn.ReLU(),
                                    nn.Dropout(dropout))
        self.heads = nn.ModuleList(nn.Linear(hidden, size) for _, size in heads)

    def forward(self, input_ids):
        mask = (input_ids != PAD_ID).unsqueeze(1).to(torch.float32)
        x = self.embedding(input_ids).transpose(1, 2)
        # ReLU outputs are >= 0, so zeroing padded positions before the max ignores them (an all-padding
        # input pools to zeros), and the result does not depend on how much padding follows the text.
        pooled = torch.cat([(torch.relu(conv(x)) * mask).amax(dim=2) for conv in self.convs], dim=1)
        h = self.hidden(pooled)
        return tuple(head(h) for head in self.heads)


class ProbabilityModel(nn.Module):
    """What is exported: the CNN with each head's activation applied (sigmoid or softmax)."""

    def __init__(self, cnn, activations):
        super().__init__()
        self.cnn = cnn
        self.activations = activations

    def forward(self, input_ids):
        outputs = []
        for logits, activation in zip(self.cnn(input_ids), self.activations):
            outputs.append(torch.softmax(logits, dim=1) if activation == "softmax" else torch.sigmoid(logits))
        return tuple(outputs)
