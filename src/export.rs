//! Plan → documents. Each exporter is a pure function of the plan summary.
