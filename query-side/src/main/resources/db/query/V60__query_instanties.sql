-- The query-side instances that are alive: each one writes its heartbeat here, so that every instance knows how
-- many share the projections' segments, also the ones that have not claimed a segment yet.
CREATE TABLE query_instantie (
    instantie     VARCHAR(255) PRIMARY KEY,
    laatst_gezien TIMESTAMPTZ  NOT NULL
);
