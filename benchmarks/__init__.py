"""The performance suite: each figure of DESIGN.md beside its raw baseline, same run."""
