// First schema of dyad: documents and their versions, sentences, facts with evidence, entities and mentions.

export const name = 'init';

export const sql = /* sql */ `
-- A logical document: one per source (path or URL). Its content lives in document_versions, so re-ingesting
-- a changed article keeps what was said before next to what is said now.
CREATE TABLE documents (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Short name users type (file name without extension, URL slug); made unique with -2, -3... on collision.
  name        text NOT NULL UNIQUE,
  source      text NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- One cleaned content of a document. A new version is stored only when the cleaned text's hash is new.
CREATE TABLE document_versions (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id  integer NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  version      integer NOT NULL CHECK (version >= 1),
  -- sha256 (hex) of text.
  hash         text NOT NULL,
  title        text,
  text         text NOT NULL,
  -- ISO 639-1 code, or 'und'.
  language     text NOT NULL,
  -- Publication date as precise as the text allows ('2016', '2016-11', '2016-11-28'), or NULL.
  date         text,
  date_source  text,
  -- Characters of text.
  size         integer NOT NULL CHECK (size >= 0),
  -- clock_timestamp rather than now(): ordering by ingestion must hold within one long transaction too.
  ingested_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
  -- Exactly one version per document is the latest (enforced by the partial unique index below).
  is_latest    boolean NOT NULL DEFAULT true,
  -- Full-text search over title (weight A) and text (weight B), kept in step by PostgreSQL itself.
  search       tsvector GENERATED ALWAYS AS (
                 setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                 setweight(to_tsvector('english', text), 'B')
               ) STORED,
  UNIQUE (document_id, hash),
  UNIQUE (document_id, version)
);
CREATE UNIQUE INDEX document_versions_latest ON document_versions (document_id) WHERE is_latest;
CREATE INDEX document_versions_latest_by_ingestion ON document_versions (ingested_at DESC, id DESC) WHERE is_latest;
CREATE INDEX document_versions_search ON document_versions USING gin (search);

-- Sentences of a version with their character span in document_versions.text; evidence points at them.
CREATE TABLE sentences (
  version_id      integer NOT NULL REFERENCES document_versions (id) ON DELETE CASCADE,
  sentence_index  integer NOT NULL CHECK (sentence_index >= 0),
  char_start      integer NOT NULL CHECK (char_start >= 0),
  char_end        integer NOT NULL CHECK (char_end >= char_start),
  text            text NOT NULL,
  PRIMARY KEY (version_id, sentence_index)
);

-- Things facts talk about, shared across documents so they can be counted and linked.
CREATE TABLE entities (
  id       integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind     text NOT NULL CHECK (kind IN ('country', 'person', 'organisation', 'place', 'project')),
  -- Identity within the kind: the ISO alpha-3 code for a country; folded name and country for a person
  -- ('ana lopez|ESP'), so the same name in two countries stays two people.
  key      text NOT NULL,
  -- Canonical name as first seen (or the common English name of a country).
  name     text NOT NULL,
  -- ISO 3166-1 alpha-3 code the entity belongs to, when known.
  country  text,
  UNIQUE (kind, key)
);

-- Every spelling under which an entity was met.
CREATE TABLE entity_aliases (
  entity_id  integer NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias      text NOT NULL,
  PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_lower ON entity_aliases (lower(alias));

-- Where an entity is mentioned in a version: the evidence span of the fact that named it.
CREATE TABLE mentions (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id       integer NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  version_id      integer NOT NULL,
  sentence_index  integer NOT NULL,
  char_start      integer NOT NULL CHECK (char_start >= 0),
  char_end        integer NOT NULL CHECK (char_end >= char_start),
  FOREIGN KEY (version_id, sentence_index) REFERENCES sentences (version_id, sentence_index) ON DELETE CASCADE,
  UNIQUE (entity_id, version_id, char_start, char_end)
);
CREATE INDEX mentions_version ON mentions (version_id);

-- A fact read in a version. The columns every type shares are normalised for querying; body keeps it whole.
CREATE TABLE facts (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version_id      integer NOT NULL REFERENCES document_versions (id) ON DELETE CASCADE,
  type            text NOT NULL
                  CHECK (type IN ('person', 'visit', 'call', 'meeting', 'agreement', 'figure', 'project')),
  -- The two countries: the alphabetically sorted pair of parties, or visitor/host and from/to where the
  -- direction matters; a person's country in country_a.
  country_a       text,
  country_b       text,
  -- Date of a visit, call, meeting or agreement, or the period of a figure ('2018', '2020-01/2020-04').
  date_or_period  text,
  -- The fact body in the Facts v1 shape, without confidence and evidence.
  body            jsonb NOT NULL CHECK (body ->> 'type' = type),
  confidence      real NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  -- What a reviewer made of the fact.
  curation        text NOT NULL DEFAULT 'unreviewed'
                  CHECK (curation IN ('unreviewed', 'confirmed', 'rejected', 'edited')),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX facts_version ON facts (version_id);
CREATE INDEX facts_type ON facts (type);
CREATE INDEX facts_countries ON facts (country_a, country_b);
CREATE INDEX facts_country_b ON facts (country_b);

-- Where a fact was read: the sentence, the character span in the version text and the quoted words.
CREATE TABLE evidence (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  fact_id         integer NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
  version_id      integer NOT NULL,
  sentence_index  integer NOT NULL,
  char_start      integer NOT NULL CHECK (char_start >= 0),
  char_end        integer NOT NULL CHECK (char_end >= char_start),
  quote           text NOT NULL,
  -- Evidence must point at a stored sentence of the same version.
  FOREIGN KEY (version_id, sentence_index) REFERENCES sentences (version_id, sentence_index) ON DELETE CASCADE
);
CREATE INDEX evidence_fact ON evidence (fact_id);
CREATE INDEX evidence_version ON evidence (version_id, char_start);
`;
