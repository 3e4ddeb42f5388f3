-- One wide row per tagged post. Re-delivery is harmless: ReplacingMergeTree keeps the newest
-- processed_at per sorting key, and reads that must be exact use FINAL.
CREATE TABLE IF NOT EXISTS posts
(
    id String,
    tenant LowCardinality(String),
    platform LowCardinality(String),
    source LowCardinality(String),
    direction LowCardinality(String),
    author_id String,
    author_handle String,
    author_name String,
    author_followers UInt32,
    text String,
    created_at DateTime64(3, 'UTC'),
    url String,
    lang LowCardinality(String),
    reply_to String,
    thread_id String,
    likes UInt32,
    reposts UInt32,
    replies UInt32,
    views UInt64,
    geo_lat Nullable(Float64),
    geo_lon Nullable(Float64),
    geo_place String,
    mentions Array(String),
    hashtags Array(String),
    links Array(String),
    language LowCardinality(String),
    sentiment_label LowCardinality(String),
    sentiment_score Float32,
    topics Array(LowCardinality(String)),
    topic_scores Array(Float32),
    places Array(String),
    place_codes Array(String),
    entities String,
    personal_data Bool,
    authority_code LowCardinality(String),
    authority_name String,
    authority_tier LowCardinality(String),
    service LowCardinality(String),
    jurisdiction_confidence Float32,
    jurisdiction_method LowCardinality(String),
    jurisdiction_reason String,
    jurisdiction_candidates String,
    intent LowCardinality(String),
    needs_response Bool,
    urgency LowCardinality(String),
    queries Array(String),
    routes String,
    raw String,
    processed_at DateTime64(3, 'UTC'),
    INDEX idx_text_tokens lower(text) TYPE tokenbf_v1(8192, 3, 0) GRANULARITY 4,
    INDEX idx_topics topics TYPE bloom_filter GRANULARITY 4
)
ENGINE = ReplacingMergeTree(processed_at)
PARTITION BY toYYYYMM(created_at)
ORDER BY (tenant, created_at, id);

-- Messages that could not be processed, with why. Nothing is dropped silently.
CREATE TABLE IF NOT EXISTS dead_letters
(
    received_at DateTime64(3, 'UTC'),
    stage LowCardinality(String),
    subject String,
    code LowCardinality(String),
    reason String,
    payload String
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(received_at)
ORDER BY received_at;
